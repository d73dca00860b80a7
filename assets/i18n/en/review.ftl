# Words of reviews: where an assessment stands, a reviewer's verdicts and opinion, the
# attestations given before approving, and what still stands in the way of countersigning.

## Where an assessment stands
review-state-draft = draft
review-state-signed = signed
review-state-in-review = in review
review-state-approved = approved
review-state-approved-with-conditions = approved with conditions
review-state-rejected = rejected
# The date the assessment is due for review again, when it has passed.
review-due-overdue = { $date } OVERDUE

## A reviewer's verdict on a section, and the overall opinion
review-verdict-acceptable = acceptable
review-verdict-to-improve = to improve
review-verdict-to-correct = to correct
review-opinion-approve = approve
review-opinion-approve-with-conditions = approve with conditions
review-opinion-reject = reject

## What the reviewer attests before approving
review-attest-description = the description of the processing matches reality
review-attest-risks = the risks are understood
review-attest-plan = the action plan is accepted and will be carried out

## What still stands in the way of countersigning
review-missing-opinion = an overall opinion: approve, approve with conditions or reject
review-missing-conditions = the conditions of the approval, in words
review-missing-attest-description = the attestation that the description of the processing matches reality
review-missing-attest-risks = the attestation that the risks are understood
review-missing-attest-plan = the attestation that the action plan is accepted and will be carried out
# $sections lists the ids of the sections marked "to correct" (one or more).
review-missing-approval-leaves-corrections = an approval cannot leave sections to correct ({ $sections }): reject, or change the verdict
review-missing-reasons = the reasons for the rejection
