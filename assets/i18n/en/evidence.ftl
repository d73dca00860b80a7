# The evidence bundle's README.txt and the head of VERIFICATION.txt (src/evidence/readme.rs),
# for an inspector who has never heard of Farol. Commands, file names, fingerprints and
# hashes are placeables or printed around these texts: never translate them.

evidence-readme-title = EVIDENCE BUNDLE: PRIVACY IMPACT ASSESSMENTS
evidence-readme-intro = This folder holds the signed records of { $n ->
    [one] 1 privacy impact assessment
   *[other] { $n } privacy impact assessments
} under Macau's Personal Data Protection Act (Law 8/2005), with everything needed to check them. It was made on { $date } at { $time } UTC with Farol { $version }.
evidence-readme-signed-by = It is signed by { $who }.
evidence-readme-not-signed = It is not signed: the person who made it had no signing key.
evidence-readme-since = It holds only the assessments signed or reviewed on or after { $date }, each with its full history.
evidence-readme-chain = A record is signed: any change to it after signing, by anyone, is detected. Each revision of an assessment names the one before it, so a removed or reordered revision is detected too.
# $language is the language's own name, $tag its code.
evidence-readme-language = This README is in { $language } ({ $tag }). Farol's English texts are the reference its authors wrote; the Chinese and Portuguese texts of Farol's own questions and messages are Farol's translations. The authentic texts of the Personal Data Protection Act (Law 8/2005) are its Chinese and Portuguese texts. The records themselves hold the answers as they were given.

evidence-readme-here = WHAT IS HERE
evidence-here-revisions = the signed revisions of each assessment, oldest first (readable text)
evidence-here-reviews = signed reviews and approvals, when there are any
evidence-here-reports = the report of each assessment's latest revision, for reading
evidence-here-heads = signed heads: the latest revision and every review, by SHA-256
evidence-here-keys = the public keys the organisation says it trusts (.pub.ron, and .pub.pem for OpenSSL)
evidence-here-questionnaires = the exact questionnaire versions the assessments answer
evidence-here-verification = the result of the check below when the bundle was made
evidence-here-json = the same, for programs
evidence-here-manifest = the SHA-256 fingerprint of every other file
evidence-here-signature = who made the bundle: a signature over the list

evidence-readme-assessments = THE ASSESSMENTS
evidence-title-unreadable = (title unreadable)
evidence-assessment = { $id }: { $title }
evidence-assessment-org = { $id }: { $title } ({ $organisation })
evidence-revisions = { $n ->
    [one] revision 1
   *[other] revisions 1 to { $latest }
}
evidence-revisions-signed = { $n ->
    [one] revision 1
   *[other] revisions 1 to { $latest }
}, the latest signed by { $signer } on { $date }
evidence-reviews = { $n ->
    [one] 1 review
   *[other] { $n } reviews
}
evidence-latest-sha = latest revision SHA-256 { $sha }
evidence-report = report { $file }

evidence-readme-check = HOW TO CHECK IT
evidence-readme-trust-first = A signature proves who signed only if the key is really theirs, and the keys in this folder came with it: anyone who forged the records could have replaced them too. So first obtain the fingerprints of the signers' keys from the organisation by ANOTHER channel (by phone, in person, on paper), and compare them with these keys, which came with the bundle:
evidence-no-trusted = (none: the organisation trusts no key, so no record verifies)
evidence-trusted-key = { $name } ({ $role }), { $id }
evidence-fingerprint = fingerprint { $fingerprint }
evidence-role-assessor = assessor
evidence-role-reviewer = reviewer
evidence-role-approver = approver
evidence-step-farol = With Farol, on any computer, with no network, giving each fingerprint you obtained separately:
# After the second command: the bundle may also be checked as the zip it came in.
evidence-or-zip = (or the zip it came in)
evidence-step-farol-what = It checks that no file was changed, removed or added since the bundle was made and that a trusted key signed the list of files; every record's signature, that its signer's name and role are those of the trusted key, its place in the history, the heads that name the latest revision and every review, and the risk figures; and that each PDF report is the report of the record it names. It ends with VERIFIED or NOT VERIFIED, naming each file that fails, and exits with status 0 only if everything verifies. Without --trust it trusts no key of the bundle (only those of your own Farol dossier) and says so.
evidence-step-openssl = With OpenSSL alone (3.0 or later), inside this folder. First check each key's fingerprint (K is its .pub.pem file in { $dir }):
evidence-step-openssl-file = Then check a signed file F (a revision, a review, a head, or { $signature }): the signed bytes are every line above its "{ $marker }" line, and the signature is the hex on the line two below it:
evidence-step-openssl-read = It prints "{ $ok }". Read { $file }: it names the signer and their key's fingerprint (which must be the one you were given), and what they signed. For { $signature }, compare the { $field } it names with `{ $command }`, then check every file with:
evidence-step-openssl-links = OpenSSL shows who signed each file and that it is unchanged; the links between the files (each revision naming the one before, the heads naming the latest revision and every review) are SHA-256s written in them, which you can compare with sha256sum; the risk figures are rechecked by { $command } only.
evidence-readme-result = When the bundle was made, { $verified } of { $n ->
    [one] 1 record
   *[other] { $n } records
} verified.
evidence-readme-result-failed = When the bundle was made, { $verified } of { $n ->
    [one] 1 record
   *[other] { $n } records
} verified: see VERIFICATION.txt for what failed.

evidence-verification-head = Verification of the records in this bundle, as it stood when the bundle was made ({ $at }) by Farol { $version }. Check it again yourself, on any computer:

## Warnings while bundling (shown by farol evidence)
evidence-no-report-unreadable = no report for '{ $id }': its latest revision ({ $file }) cannot be read as a record
evidence-no-report-unsigned = no report for '{ $id }': its latest revision ({ $file }) does not carry a valid signature
evidence-no-report-questionnaire = no report for '{ $id }': its latest revision ({ $file }) answers a questionnaire that is not in the dossier
evidence-report-missing-glyphs = the report of '{ $id }' cannot draw { $n ->
    [one] 1 character
   *[other] { $n } characters
}, shown as code points: { $list }

## The DSPDP filing pack in a bundle (issue 14)
evidence-here-filing = the DSPDP filing pack of each assessment's latest revision, as text in this bundle's language: per purpose, the decision (notification or authorisation request) and the items of Article 23 to copy into the DSPDP's forms, with the gaps still to fill. It names the revision it was made from and that revision's SHA-256.
# $status: evidence-filing-complete or evidence-filing-gaps.
evidence-filing = filing pack { $file } ({ $status })
evidence-filing-complete = complete
evidence-filing-gaps = { $n ->
    [one] incomplete: 1 gap
   *[other] incomplete: { $n } gaps
}
# A duty of filing (the notification, the prior authorisation) and its state, as recorded.
evidence-filing-duty = { $duty }: { $state }
evidence-filing-not-recorded = The filing is not recorded in this revision: it gives no filing date or DSPDP reference of a notification or authorisation.
