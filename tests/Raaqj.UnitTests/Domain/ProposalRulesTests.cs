using Raaqj.Web.Domain.Proposals;

namespace Raaqj.UnitTests.Domain;

public sealed class ProposalRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc);

    public static Proposal Complete() => new()
    {
        Id = 7,
        RegionName = "Northeast Ohio",
        Counties = [new ProposalCounty { Fips = "39035", StateCode = "OH" }],
        IsPermanent = true, PermanentEvidence = "Since 1998",
        IsPlaceBased = true, PlaceBasedEvidence = "Serves the region",
        HasConvened = true, ConvenedEvidence = "Pathways table",
        Strategy = "Grow healthcare careers.",
        PopulationFigures = ProposalLabels.Populations.Select(p => new PopulationFigure { Population = p, Count = 10, SharePercent = 5, Source = "ACS", Year = 2023 }).ToList(),
        Stakeholders =
        [
            new Stakeholder { Name = "Clinic", Sector = StakeholderSector.PrivateEmployer },
            new Stakeholder { Name = "County", Sector = StakeholderSector.PublicAgency },
            new Stakeholder { Name = "College", Sector = StakeholderSector.EducationAndTraining },
        ],
        Partnerships = [new PastPartnership { Partner = "Table", StartYear = 2019 }],
        JobQualityDimensions = JobQualityDimension.LivingWage,
        JobQualityRationale = "Wages lag.",
        AmountRequested = 100_000, TotalBudget = 300_000, FundraisingNarrative = "Match from the county.",
    };

    [Fact]
    public void A_complete_proposal_has_nothing_missing_and_submits_with_a_receipt()
    {
        var proposal = Complete();

        Assert.Empty(ProposalChecklist.Missing(proposal));
        Assert.Empty(proposal.Submit(Now, acceptsProposals: true, "u1", certified: true));
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
        Assert.Equal("RAAQJ-2026-0007", proposal.ReceiptNumber);
        Assert.Equal(Now, proposal.SubmittedAtUtc);
    }

    [Fact]
    public void Each_missing_answer_is_named_with_its_section_and_field()
    {
        var proposal = Complete();
        proposal.Counties.Clear();
        proposal.PopulationFigures[2].Source = "";
        proposal.Stakeholders.RemoveAt(0);

        var missing = ProposalChecklist.Missing(proposal);

        Assert.Contains(missing, m => m.Section == ProposalSection.Region && m.FieldId == "county-search");
        Assert.Contains(missing, m => m.Section == ProposalSection.Populations && m.FieldId == "population-3");
        Assert.Contains(missing, m => m.Section == ProposalSection.Stakeholders && m.Message.Contains("private employer"));
        Assert.Contains(missing, m => m.Section == ProposalSection.Stakeholders && m.Message.Contains("at least 3"));
        Assert.False(ProposalChecklist.IsComplete(proposal, ProposalSection.Region));
        Assert.True(ProposalChecklist.IsComplete(proposal, ProposalSection.Strategy));
    }

    [Fact]
    public void A_commitment_letter_marked_but_not_attached_is_missing()
    {
        var proposal = Complete();
        proposal.Stakeholders[0].HasCommitmentLetter = true;

        Assert.Contains(ProposalChecklist.Missing(proposal), m => m.Section == ProposalSection.Attachments);
        proposal.Attachments.Add(new ProposalAttachment { FileName = "letter.pdf" });
        Assert.Empty(ProposalChecklist.Missing(proposal));
    }

    [Fact]
    public void Submission_needs_certification_an_open_request_and_nothing_missing()
    {
        Assert.Contains(Complete().Submit(Now, true, "u1", certified: false), p => p.Field == "Certified");
        Assert.Contains(Complete().Submit(Now, acceptsProposals: false, "u1", true), p => p.Message.Contains("closed"));
        var incomplete = Complete();
        incomplete.Strategy = "";
        Assert.NotEmpty(incomplete.Submit(Now, true, "u1", true));
        Assert.Equal(ProposalStatus.Draft, incomplete.Status);
    }

    [Fact]
    public void A_resubmitted_proposal_keeps_its_receipt_number()
    {
        var proposal = Complete();
        proposal.Submit(Now, true, "u1", true);
        var receipt = proposal.ReceiptNumber;

        Assert.Empty(proposal.Reopen(acceptsProposals: true));
        Assert.Empty(proposal.Submit(Now.AddDays(1), true, "u1", true));

        Assert.Equal(receipt, proposal.ReceiptNumber);
    }

    [Fact]
    public void Withdrawing_and_reopening_follow_the_workflow_and_stop_at_the_deadline()
    {
        var proposal = Complete();

        Assert.NotEmpty(proposal.Reopen(true));
        Assert.NotEmpty(proposal.Withdraw(acceptsProposals: false));
        Assert.Empty(proposal.Withdraw(true));
        Assert.Equal(ProposalStatus.Withdrawn, proposal.Status);
        Assert.NotEmpty(proposal.Withdraw(true));
        Assert.Empty(proposal.Reopen(true));
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void Match_totals_and_ratio_count_committed_and_pending_apart()
    {
        var proposal = Complete();
        proposal.MatchCommitments =
        [
            new MatchCommitment { Amount = 60_000, IsCommitted = true },
            new MatchCommitment { Amount = 15_000.50m, IsCommitted = false },
        ];

        Assert.Equal(60_000m, proposal.CommittedMatch);
        Assert.Equal(15_000.50m, proposal.PendingMatch);
        Assert.Equal(0.75m, proposal.MatchRatio);
        proposal.AmountRequested = null;
        Assert.Null(proposal.MatchRatio);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData("two  words\n\nand three", 4)]
    public void Words_are_counted_as_runs_of_non_space(string text, int expected) =>
        Assert.Equal(expected, WordLimits.Count(text));
}
