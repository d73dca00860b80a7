# Findings of `farol verify`: what is wrong with a signed record, where, and what to do.
# $kind is "revision" (a signed revision of an assessment) or "review" (a countersigned
# review of one); select on it so that each language words and inflects its own noun.
# File names ($file, $shown, $head…) and commands in `backticks` stay as they are.

## Roles of a signer
verify-role-assessor = assessor
verify-role-reviewer = reviewer
verify-role-approver = approver

## Where the trusted keys came from
verify-source-trust-flag = the keys given with --trust
verify-source-own-dossier = the trusted keys of your dossier { $dossier }
verify-source-dossier = the trusted keys of the dossier { $dossier }
verify-source-and-bundle-keys = { $source }, and the keys that came with it (--trust-bundle-keys)
# One trusted key, as listed under the report: "farol:ab12… Ana Lopes (assessor), fingerprint 64-hex".
verify-key-line = { $key } { $name } ({ $role }), fingerprint { $fingerprint }
verify-trusted-key-damaged = { $file }: { $problem }; this key is not trusted until the file is fixed (`farol keys trust` rewrites it)
verify-trust-unknown-fingerprint = --trust { $fingerprint }: no key with this fingerprint came with what is verified, so nothing here can be signed by it: the keys were replaced, or the fingerprint is not for this bundle; ask its owner again
verify-trust-name-from-files = --trust { $fingerprint }: the name and role of this key ({ $name }, { $role }) are as the files verified state them; confirm them with whoever gave you the fingerprint

## What to verify
verify-nothing-signed = no signed records found in { $paths }; sign a draft with `farol sign ID` first
verify-revisions-removed = '{ $id }': its draft names revision { $n } as signed, but { $dir } holds no revision: the revisions were removed; restore them from a backup
verify-reviews-without-revision = '{ $id }' has signed reviews but no signed revision: its revisions were removed; restore them from a backup
verify-not-signed-yet = '{ $id }' has no signed revision yet (sign it with `farol sign { $id }`)
verify-no-review-in-dir = { $dir } holds no signed review; countersign one with `farol review ID --sign` first
verify-no-revision-in-dir = { $dir } holds no signed revision; sign the draft with `farol sign ID` first
verify-nothing-to-verify = '{ $id }' has no signed revision to verify; sign it with `farol sign { $id }` first
verify-zip-outside-bundle = { $name } is in the zip but outside the bundle's folder: it was added after bundling

## Signatures and trust
verify-cannot-read = cannot read { $file }: { $error }; check that the file exists and that you may read it
verify-signature-mismatch = the signature does not match the file's contents: the record was changed after it was signed; restore it from a backup
# $named: the key the record names; $used: the key that actually signed it.
verify-signer-key-mismatch = { $kind ->
    [review] the review
   *[other] the record
} names the signer's key { $named } but was signed with { $used }; it is not what { $name } signed
verify-review-by-assessor = the review is signed by { $name } as an assessor; a review is countersigned by a reviewer or an approver
# $arg is the role as the command line spells it (assessor, reviewer, approver): keep it as is.
verify-key-untrusted = signed with { $key }, a key that is not trusted here (it says it is { $name }, { $role })
    {"  "}hint: if its owner confirms the fingerprint { $fingerprint }, pass `--trust { $fingerprint }`, or trust it in your dossier with `farol keys trust { $hex } --name "{ $name }" --role { $arg }`
verify-signer-name-mismatch = signed in the name of { $name } ({ $role }), but the key { $key } is trusted as { $trusted }'s (fingerprint { $fingerprint }): a signature made with one person's key in another's name; do not rely on it
verify-signer-role-mismatch = signed as { $role } but the key { $key } is trusted as { $trusted } only
verify-file-key-mismatch = it names the key { $named } but was signed with { $used }: it is not what { $name } signed
verify-file-key-untrusted = signed by { $name } ({ $role }) with { $key }, a key that is not trusted here
    {"  "}hint: if its owner confirms the fingerprint { $fingerprint }, pass `--trust { $fingerprint }`

## Chains of revisions and reviews
verify-chain-not-checked = { $kind ->
    [review] the review chain
   *[other] the revision chain
} is not checked: the file is not in an assessment's { $dir } directory
verify-chain-unreadable = { $kind ->
    [review] the review chain cannot be checked: the review cannot be read
   *[other] the revision chain cannot be checked: the record cannot be read
}
verify-chain-other-assessment = { $file } is { $kind ->
    [review] a review
   *[other] a revision
} of assessment '{ $other }', not of '{ $id }': it was substituted from another assessment
verify-chain-copy = { $kind ->
    [review] { $file } is a copy of { $other } (review { $n }): a duplicated review
   *[other] { $file } is a copy of { $other } (revision { $n }): a duplicated revision
}
verify-chain-same-number = { $kind ->
    [review] { $file } holds review { $n }, as { $other } does: a duplicated or substituted review
   *[other] { $file } holds revision { $n }, as { $other } does: a duplicated or substituted revision
}
verify-chain-renamed = { $kind ->
    [review] { $file } holds review { $n }, not { $place }: the review files were renamed or reordered
   *[other] { $file } holds revision { $n }, not { $place }: the revision files were renamed or reordered
}
verify-chain-first-names-previous = { $kind ->
    [review] { $file } is review 1 but names a previous review: earlier reviews were removed or it was taken from another chain
   *[other] { $file } is revision 1 but names a previous revision: earlier revisions were removed or it was taken from another chain
}
verify-chain-no-previous = { $kind ->
    [review] { $file } is review { $n } but names no previous review
   *[other] { $file } is revision { $n } but names no previous revision
}
verify-chain-gap = { $kind ->
    [review] reviews { $from }–{ $to } are missing (the files go from { $before } to { $file })
   *[other] revisions { $from }–{ $to } are missing (the files go from { $before } to { $file })
}
verify-chain-one-missing = { $kind ->
    [review] review { $n } is missing (the files go from { $before } to { $file })
   *[other] revision { $n } is missing (the files go from { $before } to { $file })
}
verify-chain-first-ones-missing = { $kind ->
    [review] reviews 1–{ $to } are missing
   *[other] revisions 1–{ $to } are missing
}
verify-chain-first-missing = { $kind ->
    [review] review 1 is missing
   *[other] revision 1 is missing
}
verify-chain-reordered = { $kind ->
    [review] { $file } follows { $follows }, not { $prior }: the reviews were reordered
   *[other] { $file } follows { $follows }, not { $prior }: the revisions were reordered
}
verify-chain-prior-changed = { $kind ->
    [review] { $file } does not follow { $prior }: { $prior } was replaced or changed after review { $n } was signed
   *[other] { $file } does not follow { $prior }: { $prior } was replaced or changed after revision { $n } was signed
}
verify-answered-review-missing = { $file } answers review { $n } ({ $shown }), which is missing: the review was removed; restore it from a backup
verify-answered-review-differs = { $file } answers review { $n }, but { $shown } is not the review it answered (its SHA-256 differs): the review was replaced or changed; restore it from a backup
verify-judged-missing = { $file } judges revision { $n } of '{ $id }', but { $revision } is missing: the revision was removed after it was reviewed; restore it from a backup
verify-judged-missing-unnamed = { $file } judges revision { $n } of '{ $id }', but its revision file is missing: the revision was removed after it was reviewed; restore it from a backup
verify-judged-differs = { $file } judges revision { $n }, but { $revision } is not the file it judged (its SHA-256 differs): the revision was replaced or changed after the review; restore it from a backup
verify-self-review = { $file } is countersigned with the key that signed revision { $n } it judges ({ $name }, { $key }): one person may not both sign and review
    {"  "}hint: have another reviewer countersign; if one person must do both, say so in the dossier's policy.ron: Policy(allow_self_review: true)

## The draft's anchor: the revision it was last signed as
verify-anchor-draft-unreadable = the newest revision cannot be checked against the draft, which does not read: { $error }
verify-anchor-missing = revision { $n } ({ $shown }), which { $draft } names as the latest signed, is missing: the newest revisions were removed; restore them from a backup
verify-anchor-differs = { $file } is not the revision that was signed from this draft (its SHA-256 differs from the one { $draft } records): it was replaced; restore it from a backup
verify-anchor-older-draft = { $draft } was last signed as revision { $n }, and revision { $newest } has been signed since: in a dossier shared with others (git), the draft follows it when next opened if it holds no changes of its own; if no one else signs in this dossier, the draft may have been restored from an older copy

## Heads and dossier indexes (completeness)
# A "head" is a signed file naming everything an assessment holds when it is signed.
verify-signed-file-changed = { $file }: the signature does not match the file: it was changed after signing; restore it from a backup
verify-signed-file-unreadable = { $file }: the signature holds but the file cannot be read ({ $error }); it may be written by a newer Farol
verify-no-heads = '{ $id }' has no heads (assessments/{ $id }/heads/): it was signed before Farol recorded heads, or its heads were removed, so the removal of its newest revision or review cannot be detected
    {"  "}hint: sign it again (`farol sign { $id }`) to write a head naming everything it holds, or pass --accept-unanchored to verify the rest without this check
verify-no-heads-accepted = '{ $id }' has no heads (assessments/{ $id }/heads/): it was signed before Farol recorded heads, or its heads were removed, so the removal of its newest revision or review cannot be detected (accepted with --accept-unanchored)
verify-head-first-missing = { $file }: head { $n } is missing (the heads go from nothing to { $after }): a head was removed; restore it from a backup
verify-head-missing = { $file }: head { $n } is missing (the heads go from { $before } to { $after }): a head was removed; restore it from a backup
verify-head-replaced = { $file } does not follow { $prior }: a head was replaced; restore the heads from a backup
verify-head-elsewhere = { $file } is head { $number } of '{ $other }', not head { $n } of '{ $id }': it was copied from elsewhere or renamed; restore the heads from a backup
verify-head-names-missing = { $kind ->
    [review] review { $n } ({ $shown }), which { $head } names, is missing: it was removed after signing; restore it from a backup
   *[other] revision { $n } ({ $shown }), which { $head } names, is missing: it was removed after signing; restore it from a backup
}
verify-head-summary-differs = { $head }'s summary does not agree with the revision and reviews it names ({ $fields }): the head was forged; remove nothing, and ask whoever signed it
verify-head-names-differs = { $kind ->
    [review] { $shown } is not the review { $head } names (its SHA-256 differs): it was replaced; restore it from a backup
   *[other] { $shown } is not the revision { $head } names (its SHA-256 differs): it was replaced; restore it from a backup
}
verify-revision-not-in-head = revision { $n } ({ $shown }) is not named by the newest head, { $head }: the head written when it was signed was removed, or the revision was added by hand; restore the heads from a backup
verify-review-not-in-head = review { $n } ({ $shown }) is not named by the newest head, { $head }: the head written when it was countersigned was removed, or the review was added by hand; restore the heads from a backup
verify-no-index = the dossier has no index (index/): it was signed before Farol recorded indexes, or the index was removed, so the removal of a whole assessment cannot be detected
    {"  "}hint: the next `farol sign` writes one; or pass --accept-unanchored to verify the rest without this check
verify-no-index-accepted = the dossier has no index (index/): it was signed before Farol recorded indexes, or the index was removed, so the removal of a whole assessment cannot be detected (accepted with --accept-unanchored)
verify-index-missing = { $file }: index { $n } of this signer is missing: an index was removed; restore it from a backup
verify-index-replaced = { $file } does not follow the index before it: an index was replaced; restore it from a backup
verify-index-elsewhere = { $file } is index { $n } of { $key }: it was renamed or copied from another signer's directory
verify-index-bad-name = { $index } names an assessment '{ $id }' that is not a plain name
verify-index-assessment-missing = assessment '{ $id }', which { $index } names, is missing from the dossier: it was removed; restore assessments/{ $id } from a backup
verify-index-view-broken = { $file } adds to an earlier complete index, but index { $missing } of that chain is missing or changed: the assessments it named cannot be checked; restore it from a backup or from git
verify-index-head-missing = head { $n } of '{ $id }' ({ $shown }), which { $index } names, is missing: the newest signed state of '{ $id }' was removed or rolled back; restore it from a backup
verify-index-head-differs = { $shown } is not the head { $index } names (its SHA-256 differs): it was replaced; restore it from a backup

## The quick check before signing and in `farol status`
verify-quick-head-missing = { $head }, which { $index } names, is missing (the newest signed state was removed or rolled back)
verify-quick-head-bad = { $head } does not verify: run `farol verify` on the assessment
verify-quick-file-replaced = { $file } is not the file { $head } names (it was replaced)
verify-quick-file-missing = { $file }, which { $head } names, is missing (it was removed)

## The risk recomputed from the stored answers
verify-questionnaire-not-sha = the record names the questionnaire fingerprint '{ $fp }', which is not a SHA-256
verify-risk-not-recomputed = the risk cannot be recomputed: { $why }
verify-risk-language-unknown = the record says it was written in '{ $language }', a language { $questionnaire } { $version } does not have
verify-risk-unknown-question = the answer to '{ $id }' is for a question that { $questionnaire } { $version } does not have
verify-risk-prompt-differs = the question text recorded for '{ $id }' differs from { $questionnaire } { $version }
verify-risk-category-differs = stored risk for category '{ $id }' differs from the recomputation: { $what }
verify-risk-more-categories = { $n ->
    [one] … and { $n } more category differs
   *[other] … and { $n } more categories differ
}
verify-risk-overall-differs = stored overall risk ({ $stored } residual) differs from the recomputation ({ $now } residual)
verify-risk-obligations-differ = stored legal obligations differ from the recomputation
verify-risk-actions-differ = stored recommended actions differ from the recomputation
verify-risk-legal-differs = stored screening verdict, transfer states, notify-or-authorise decisions or notification content differ from the recomputation
verify-risk-scope-differs = stored scope or progress differs from the recomputation
verify-risk-differs = the stored risk is not what the stored answers give with { $questionnaire } { $version }: the figures were edited, or this Farol scores differently from the one that signed
verify-risk-stored-not-in-scope = stored as processed, but the answers do not bring it in scope
verify-risk-in-scope-not-stored = the answers bring it in scope, but it is not stored
# A figure on the risk scale with its exact position: "Limited (3 half-levels)".
verify-risk-figure = { $level } ({ $halves } half-levels)
# $stage is "inherent" (before measures) or "residual" (after measures).
verify-risk-severity-differs = { $stage ->
    [inherent] inherent severity stored { $stored }, recomputed { $now }
   *[other] residual severity stored { $stored }, recomputed { $now }
}
verify-risk-likelihood-differs = { $stage ->
    [inherent] inherent likelihood stored { $stored }, recomputed { $now }
   *[other] residual likelihood stored { $stored }, recomputed { $now }
}
verify-risk-level-differs = { $stage ->
    [inherent] inherent level stored { $stored }, recomputed { $now }
   *[other] residual level stored { $stored }, recomputed { $now }
}
verify-risk-name-differs = its name or sensitivity
# Between the differences listed in one finding.
verify-list-separator = { "; " }

## The report as text: a table per record, then the trusted keys and a summary
# "trusted as NAME (ROLE)": the name and role a key is trusted under.
verify-trusted-as = { $name } ({ $role })
verify-row-verified = verified
verify-row-failed = FAILED
# Table labels: at most 10 columns (a Chinese character takes 2).
verify-label-record = record
verify-label-review = review
verify-label-signer = signer
verify-label-key = key
verify-label-signature = signature
verify-label-trust = trust
verify-label-chain = chain
verify-label-risk = risk
verify-label-judges = judges
# $id is the assessment; $number the review's number; $n the revision it judges.
verify-what-review = { $id }, review { $number } of revision { $n }: { $opinion }
verify-what-review-due = { $id }, review { $number } of revision { $n }: { $opinion }, review due { $due }
verify-what-revision = { $id }, revision { $n }
verify-what-unreadable = (unreadable)
verify-signer-line = { $name } ({ $role }), { $at }
verify-signature-valid = valid
verify-signature-invalid = INVALID: the file was changed after signing
verify-signature-signer-mismatch = INVALID: signed by another key than the record names
verify-signature-missing = MISSING: no signature trailer
verify-signature-malformed = DAMAGED: the signature trailer cannot be read
verify-signature-unreadable = NOT CHECKED: the file cannot be read
verify-trust-trusted = trusted
verify-trust-trusted-as = trusted as { $trusted }
verify-trust-untrusted = UNTRUSTED: not among the trusted keys
verify-trust-role-mismatch = WRONG ROLE: trusted as { $trusted }
verify-trust-role-mismatch-unknown = WRONG ROLE: trusted as another role
verify-trust-name-mismatch = WRONG NAME: the key is trusted as { $trusted }
verify-trust-name-mismatch-unknown = WRONG NAME: the key is trusted as someone else's
verify-trust-unknown = NOT CHECKED: no readable key
verify-chain-ok-first = { $kind ->
    [review] ok: the first review
   *[other] ok: the first revision
}
verify-chain-ok-follows = { $kind ->
    [review] ok: follows review { $n }
   *[other] ok: follows revision { $n }
}
verify-chain-ok = ok
verify-chain-broken = BROKEN
verify-chain-not-in-dir = { $kind ->
    [review] not checked (not in a reviews directory)
   *[other] not checked (not in a revisions directory)
}
verify-judged-not-checked = NOT CHECKED
verify-judged-the-revision = the revision
verify-judged-ok = ok: { $file } is the file reviewed (same SHA-256)
verify-judged-status-missing = MISSING: { $file } is not in the dossier
verify-judged-status-differs = DIFFERS: { $file } was replaced after the review
verify-judged-unreadable = NOT CHECKED: the review cannot be read
verify-risk-ok = ok: equals the risk recomputed from the answers
verify-risk-status-differs = DIFFERS from the risk recomputed from the answers
verify-risk-not-checked = NOT CHECKED
verify-risk-not-applicable = not applicable
verify-trusted-keys-from = Trusted keys, from { $source }:
verify-trusted-keys-none = none: no signature can verify (pass --trust FILE|FINGERPRINT)
verify-came-with = Keys NOT trusted: these keys came with the bundle: compare them with fingerprints you obtained another way
verify-came-with-then = (then pass --trust FINGERPRINT for each one you confirmed; --trust-bundle-keys trusts them all, unchecked)
# Counts of records that fail, listed after "NOT VERIFIED:".
verify-failed-signatures = { $n } bad or missing signature
verify-failed-untrusted = { $n } not signed by a trusted key
verify-failed-chain = { $n } broken chain
verify-failed-risk-differs = { $n } risk differs
verify-failed-risk-not-checked = { $n } risk not checked
verify-failed-judged = { $n } review of a missing or replaced revision
verify-list-comma = { ", " }
verify-verdict-passed = everything verifies
verify-verdict-failed = NOT VERIFIED
verify-verdict-failed-because = NOT VERIFIED: { $failures }
verify-summary = { $n ->
    [one] { $n } record: { $verified } verified, { $failed } failed — { $verdict }
   *[other] { $n } records: { $verified } verified, { $failed } failed — { $verdict }
}
# $n records, of which $revisions revisions and $reviews reviews.
verify-summary-with-reviews = { $n ->
    [one] { $n } record
   *[other] { $n } records
} ({ $revisions ->
    [one] { $revisions } revision
   *[other] { $revisions } revisions
}, { $reviews ->
    [one] { $reviews } review
   *[other] { $reviews } reviews
}): { $verified } verified, { $failed } failed — { $verdict }

## What arrived since the last verify in this copy (after a git pull)
verify-arrived-first = No earlier `farol verify` in this copy of the dossier to compare with: from now on, each verify first says what arrived since the one before.
verify-arrived-nothing = Nothing new since the last verify here ({ $since }).
verify-arrived-head = Arrived since the last verify here ({ $since }):
verify-arrived-assessment = new assessment { $id }
# $kind: revision or review; $verified: yes or no.
verify-arrived-record = { $kind ->
    [review] review
   *[other] revision
} { $n } of { $id }, signed by { $signer } ({ $role }): { $verified ->
    [yes] verifies
   *[other] does NOT verify (see below)
}
verify-arrived-key = trusted key of { $name } ({ $role }), fingerprint { $fingerprint }
## Forks: two signed files that follow the same one

verify-name-mismatch = { $file }: its name says its SHA-256 starts with { $named }, but its content's starts with { $actual }: the file was renamed or edited after signing; restore it from a backup or from git
verify-merge-missing = { $file } merges a file that is not there (SHA-256 { $sha }…): a forked revision it kept was removed; restore it from a backup or from git
verify-fork-file = { $file } (signed by { $signer }, { $at })
verify-fork-base-none = nothing (both are the first)
verify-fork-unresolved = '{ $id }' is forked: two revisions follow { $base }: { $files }. Both are kept; its latest revisions are { $tips }. Resolve it with `farol resolve { $id }` (signs the draft as a revision that follows one and merges the others), or `farol resolve { $id } --keep N-<hash>` to sign one side's content
verify-fork-resolved = { $kind ->
    [review] the reviews of '{ $id }' forked after { $base } ({ $files }); { $by } merged them
   *[other] '{ $id }' forked after { $base } ({ $files }); the fork was resolved by { $by }
}
verify-fork-reviews = the reviews of '{ $id }' forked after { $base } ({ $files }): two reviewers countersigned at once; both stand, and the next review merges them
verify-fork-heads = '{ $id }' has { $heads } as newest heads (signed at once in two clones): together they name what is signed; the next signature merges them

## farol verify REPORT.pdf
verify-pdf-heading = Report PDF { $file }
verify-pdf-carries = carries the signed record { $name } (SHA-256 { $sha })
verify-pdf-pages-same = its pages are exactly those Farol writes from that record ({ $langs })
verify-pdf-unreadable = { $file } is not a PDF that can be read ({ $error }): it cannot be verified
verify-pdf-no-record = { $file } carries no signed record, so it cannot be verified: it is a report of a draft, or was not written by Farol with its record attached. Verify the record itself with `farol verify` in the dossier
verify-pdf-sha-differs = the PDF names the record SHA-256 { $named }, but the record it carries has { $carried }: the attachment was swapped or the PDF edited
verify-pdf-sha-missing = the PDF does not name the SHA-256 of the record it shows
verify-pdf-pages-differ = its pages are not those Farol writes from the record it carries ({ $langs }): the PDF was changed after it was written, or written by another version of Farol (this is { $version }). Write the report again with `farol report`
verify-pdf-pages-unknown = the pages were not compared with the record: the PDF does not say what it is or in which language
verify-pdf-carries-review = carries the signed review { $name } (SHA-256 { $sha })
verify-pdf-not-a-review = { $file } carries { $name } beside its record, and it is not a signed review: the PDF was edited
verify-pdf-review-of-another = { $name } reviews revision { $n } (SHA-256 { $sha }), not the record this PDF carries: it was put in the PDF after it was written
verify-pdf-reviews-count = the report shows { $shown ->
    [one] a signed review
   *[other] { $shown } signed reviews
} of its record, but carries { $carried ->
    [0] none that judges it
    [one] one that judges it
   *[other] { $carried } that judge it
}: a review was removed, swapped for another record's or edited
verify-pdf-pages-not = the pages were not compared with the record: { $error }
verify-pdf-passed = Verified: { $file } carries a signed, trusted record, and shows it.
verify-pdf-failed = NOT verified: { $file }
