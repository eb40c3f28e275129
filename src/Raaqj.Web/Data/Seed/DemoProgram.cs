using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Cohort;
using Raaqj.Web.Domain.Organizations;
using Raaqj.Web.Domain.Selection;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;

namespace Raaqj.Web.Data.Seed;

// The inaugural program part-way through (PROGRAM.md, the demo story): it started nine months ago, so today is
// month 10, regional planning. Its request for action was published in month 3 and six regions were selected and
// released in month 5; the cohort convened in month 8. Some milestones are done, some late, one slipped since the
// baseline approved in month 1.
public sealed class DemoProgram(AppDbContext db, ProgramClock clock, ProgramEventHandler programEvents, Infrastructure.Files.DocumentStore documents)
{
    // The inaugural cohort's anchor organizations, one per region of DemoProposals.InauguralCohort, owned by cohort1 to cohort6@example.org.
    public static readonly IReadOnlyList<(string Organization, OrganizationType Type, string Ein, string City, string State, string Zip)> Anchors =
    [
        ("Kentuckiana Works", OrganizationType.WorkforceBoard, "61-1023456", "Louisville", "KY", "40202"),
        ("Twin Cities Opportunity Council", OrganizationType.UnitedWayOrCommunityFoundation, "41-2034567", "Minneapolis", "MN", "55401"),
        ("Greater New Orleans Workforce Alliance", OrganizationType.EconomicDevelopmentOrganization, "72-3045678", "New Orleans", "LA", "70112"),
        ("Mile High Workforce Partnership", OrganizationType.WorkforceBoard, "84-4056789", "Denver", "CO", "80202"),
        ("Detroit Regional Talent Compact", OrganizationType.PublicAgency, "38-5067890", "Detroit", "MI", "48226"),
        ("Valley Community College District", OrganizationType.CommunityCollege, "77-6078901", "Fresno", "CA", "93721"),
    ];

    public static string OwnerOf(int position) => $"cohort{position + 1}@example.org";

    public async Task SeedAsync(DateTime now)
    {
        if (await db.ProgramEditions.AnyAsync())
            return;
        var zone = clock.DefaultTimeZoneId;
        var today = DateOnly.FromDateTime(ProgramClock.ToLocal(now, zone));
        var calendar = new ProgramCalendar(new DateOnly(today.Year, today.Month, 1).AddMonths(-9), zone);
        DateTime At(DateOnly date, int hour = 10) => ProgramClock.ToUtc(date.ToDateTime(new TimeOnly(hour, 0)), zone);
        var staffId = await db.Users.Where(u => u.Email == "staff@example.org").Select(u => u.Id).SingleAsync();

        var rfp = DemoRequestForAction.Create(At(calendar.FirstDayOf(3)), zone);
        rfp.Title = "Regional Action to Advance Quality Jobs: Inaugural Cohort Request for Action";
        rfp.Close(rfp.ClosesAtUtc);
        db.RequestsForAction.Add(rfp);
        var organizations = Anchors.Select(a => new Organization
        {
            LegalName = a.Organization, Type = a.Type, Ein = a.Ein, AddressLine1 = "200 Main Street", City = a.City, StateCode = a.State, PostalCode = a.Zip,
            Website = "https://example.org", YearsServingRegion = 20, CreatedAtUtc = At(calendar.FirstDayOf(3)), UpdatedAtUtc = At(calendar.FirstDayOf(3)),
            ConveningTrackRecord = $"{a.Organization} has convened employers, colleges, public agencies and community organizations across its region for two decades.",
        }).ToList();
        for (var i = 0; i < organizations.Count; i++)
        {
            var owner = await db.Users.Where(u => u.Email == OwnerOf(i)).Select(u => u.Id).SingleAsync();
            organizations[i].Members.Add(new OrganizationMember { UserId = owner, Role = MemberRole.Owner, JoinedAtUtc = organizations[i].CreatedAtUtc });
        }
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync();

        var submittedAt = At(calendar.FirstDayOf(4).AddDays(7));
        var proposals = organizations.Select((o, i) => DemoProposals.ForRegion(DemoProposals.InauguralCohort[i], i, rfp.Id, o.Id, submittedAt)).ToList();
        foreach (var proposal in proposals)
            proposal.RefreshSummary();
        db.Proposals.AddRange(proposals);
        // Saved first: the receipt number is made from the proposal's id.
        await db.SaveChangesAsync();
        foreach (var (proposal, i) in proposals.Select((p, i) => (p, i)))
            proposal.Submit(submittedAt, acceptsProposals: true, organizations[i].Members[0].UserId, certified: true);
        await db.SaveChangesAsync();

        var releasedAt = At(calendar.LastDayOf(5).AddDays(-3), 14);
        var regions = new List<CohortRegion>();
        foreach (var proposal in proposals)
        {
            var decision = new SelectionDecision { ProposalId = proposal.Id, RequestForActionId = rfp.Id, IsShortlisted = true };
            decision.Decide(DecisionOutcome.Selected, "Strong anchor, credible strategy and local match.", "Congratulations: your region joins the inaugural cohort.", staffId, releasedAt.AddDays(-5));
            decision.Release(releasedAt);
            db.SelectionDecisions.Add(decision);
            regions.Add(new CohortRegion { RequestForActionId = rfp.Id, ProposalId = proposal.Id, OrganizationId = proposal.OrganizationId, RegionName = proposal.RegionName, JoinedAtUtc = releasedAt });
        }
        db.CohortRegions.AddRange(regions);

        var program = ProgramEdition.Create("Inaugural cohort", rfp.Id, calendar.Start, zone, At(calendar.Start));
        db.ProgramEditions.Add(program);
        ProgramSettingsHandler.AddPlan(db, program, At(calendar.Start));
        await db.SaveChangesAsync();
        await programEvents.AddRegionMilestonesAsync(rfp.Id, regions);
        await db.SaveChangesAsync();

        var milestones = await db.Milestones.Where(m => m.ProgramEditionId == program.Id).ToListAsync();
        // The plan as approved in month 1, before anything moved.
        db.Baselines.Add(new Baseline
        {
            ProgramEditionId = program.Id, Name = "As approved in month 1", SavedAtUtc = At(calendar.Start.AddDays(6)), SavedByUserId = staffId,
            Entries = milestones.Select(m => new BaselineEntry { MilestoneId = m.Id, DueOn = m.Due.Resolve(calendar) }).ToList(),
        });
        foreach (var milestone in milestones.Where(m => m.CohortRegionId is null))
            Progress(milestone, calendar, today, staffId, rfp.PublishedAtUtc!.Value, releasedAt, zone);
        foreach (var milestone in milestones.Where(m => m.CohortRegionId is not null))
        {
            var region = regions.FindIndex(r => r.Id == milestone.CohortRegionId);
            Progress(milestone, calendar, today, region);
            // Last touched when it was done, or, for work under way, a few days ago (the cohort overview's last activity).
            milestone.UpdatedAtUtc = milestone.CompletedOn is { } done ? At(done, 15) : milestone.Status == MilestoneStatus.NotStarted ? milestone.CreatedAtUtc : At(today.AddDays(-2 - 3 * region), 11);
        }
        // The program team's liaisons, and what it told the cohort since the launch.
        foreach (var region in regions)
            region.LiaisonUserId = staffId;
        db.Announcements.AddRange(
            new Announcement
            {
                ProgramEditionId = program.Id, Title = "Welcome to the inaugural cohort", PostedByUserId = staffId, PostedAtUtc = At(calendar.FirstDayOf(8).AddDays(2), 9), FormKey = Guid.NewGuid(),
                Body = "Thank you for a wonderful launch convening. Slides and notes are in each region's library; the community of practice meets on the second Tuesday of each month.",
            },
            new Announcement
            {
                ProgramEditionId = program.Id, Title = "Readiness assessments are due at the end of month 9", PostedByUserId = staffId, PostedAtUtc = At(calendar.FirstDayOf(9).AddDays(3), 9),
                FormKey = Guid.NewGuid(), Body = "Both assessments open in your workspace. Your liaison can walk your team through them; ask for technical assistance where a score shows a gap.",
            },
            new Announcement
            {
                ProgramEditionId = program.Id, CohortRegionId = regions[5].Id, Title = "Help with the data-sharing agreement", PostedByUserId = staffId,
                PostedAtUtc = At(today.AddDays(-6), 14), FormKey = Guid.NewGuid(),
                Body = "Our research and evaluation expert can join your call with the community college next week to unblock the assessment's data sharing.",
            });
        await db.SaveChangesAsync();
        await SeedAssistanceAsync(program, regions, staffId, today, At);
        await DemoCommunity.SeedAsync(db, program, regions, staffId, calendar, today, At);
        await DemoAssessments.SeedAsync(db, regions, staffId, calendar, today, At);
        await DemoEcosystem.SeedAsync(db, regions, calendar, today, At);
        await DemoPlans.SeedAsync(db, regions, staffId, today, At);
        await DemoResearch.SeedAsync(db, regions, today, At);
        await DemoFunding.SeedAsync(db, documents, program, regions, staffId, calendar, today, At);
        await DemoReports.SeedAsync(db, program, regions, staffId, calendar, At);
        DemoOutreach.Seed(db, program, calendar, At);
        db.SurveyDatasets.Add(DemoSurvey.Dataset(staffId, At(calendar.FirstDayOf(9).AddDays(2), 11)));
        // The program team's introduction to the report for the board, written at the start of month 10.
        db.BoardReportIntroductions.Add(new Domain.Impact.BoardReportIntroduction
        {
            ProgramEditionId = program.Id, UpdatedByUserId = staffId, UpdatedAtUtc = At(calendar.FirstDayOf(10).AddDays(1), 16),
            Text = "The six regions are in regional planning: every team has mapped its ecosystem and most have a draft job quality action plan.\n\n" +
                "We ask the board to note where local match lags its proposals' commitments, and the regions whose milestones are late: the program team is meeting each of them this month.",
        });
        await db.SaveChangesAsync();
    }

    // The program team answers technical assistance in every area; three requests at different stages: one answered,
    // rated and closed, one under way, one waiting for its first answer.
    private async Task SeedAssistanceAsync(ProgramEdition program, List<CohortRegion> regions, string staffId, DateOnly today, Func<DateOnly, int, DateTime> at)
    {
        var areas = await db.ExpertAreas.OrderBy(a => a.Position).Select(a => a.Id).ToListAsync();
        db.ExpertProfiles.Add(new ExpertProfile { UserId = staffId, Areas = areas.Select(a => new ExpertAreaTag { UserId = staffId, AreaId = a }).ToList() });
        var clock = new BusinessClock(program.TimeZoneId, new HashSet<DateOnly>(), BusinessClock.DefaultCloseOfBusiness);
        var settings = new TaClockSettings();
        TaRequest Request(int region, int area, string title, string question, TaUrgency urgency, DateTime askedAt)
        {
            var owner = db.OrganizationMembers.Where(m => m.OrganizationId == regions[region].OrganizationId).Select(m => m.UserId).First();
            return new TaRequest
            {
                ProgramEditionId = program.Id, CohortRegionId = regions[region].Id, AreaId = areas[area], Title = title, Question = question, Urgency = urgency, Status = TaStatus.Assigned,
                ExpertUserId = staffId, RequestedByUserId = owner, RequestedAtUtc = askedAt, UpdatedAtUtc = askedAt,
                FirstAnswerDueUtc = clock.Deadline(askedAt, settings.FirstAnswerDays), ResolutionDueUtc = clock.Deadline(askedAt, settings.ResolveDays(urgency)),
                Messages = [new TaMessage { AuthorUserId = owner, Body = question, PostedAtUtc = askedAt }],
            };
        }
        var closed = Request(0, 1, "Registering a healthcare apprenticeship", "Three hospitals want a registered apprenticeship for patient care technicians. Where do we start?",
            TaUrgency.Normal, at(today.AddDays(-40), 10));
        closed.Messages.Add(new TaMessage
        {
            AuthorUserId = staffId, FromExpertSide = true, Hours = 2, PostedAtUtc = closed.RequestedAtUtc.AddDays(1),
            Body = "Start with the occupation's work process schedule; the state apprenticeship agency reviews group sponsorships. I can join your first call with the hospitals.",
        });
        closed.FirstAnsweredAtUtc = closed.RequestedAtUtc.AddDays(1);
        closed.Take(TaStep.Start, TaActor.Expert, closed.FirstAnsweredAtUtc.Value);
        closed.Take(TaStep.Resolve, TaActor.Expert, closed.RequestedAtUtc.AddDays(6));
        closed.Take(TaStep.Confirm, TaActor.Region, closed.RequestedAtUtc.AddDays(7));
        (closed.Rating, closed.RatingComment) = (5, "Clear, practical, and the call with the hospitals went well.");
        var underWay = Request(3, 4, "Measuring job quality in our pilot", "Which survey items should we use to measure job quality for the pilot's participants?",
            TaUrgency.High, at(today.AddDays(-5), 9));
        underWay.Messages.Add(new TaMessage
        {
            AuthorUserId = staffId, FromExpertSide = true, Hours = 1.5m, PostedAtUtc = underWay.RequestedAtUtc.AddHours(20),
            Body = "The American Job Quality Study's items are a good base. Which outcomes matter most to your employers?",
        });
        underWay.FirstAnsweredAtUtc = underWay.RequestedAtUtc.AddHours(20);
        underWay.Take(TaStep.Start, TaActor.Expert, underWay.FirstAnsweredAtUtc.Value);
        var waiting = Request(5, 5, "Reaching farmworkers for the listening sessions", "How do other regions recruit farmworkers for listening sessions during harvest?",
            TaUrgency.Normal, at(today.AddDays(-1), 15));
        db.TaRequests.AddRange(closed, underWay, waiting);
        await db.SaveChangesAsync();
    }

    // Program milestones: done through month 8 with their evidence (the two that events prove on the events' days),
    // except the impact model, moved a month later and still in progress, so it is late and has slipped.
    private static void Progress(Milestone milestone, ProgramCalendar calendar, DateOnly today, string staffId, DateTime publishedAtUtc, DateTime releasedAtUtc, string zone)
    {
        milestone.OwnerUserId = staffId;
        var due = milestone.Due.Resolve(calendar);
        if (milestone.CompletesOn == ProgramEvents.RfpPublished.Key)
            milestone.Complete(calendar.DateAt(publishedAtUtc), "The request for action was published and opened to proposals.", null);
        else if (milestone.CompletesOn == ProgramEvents.DecisionsReleased.Key)
            milestone.Complete(calendar.DateAt(releasedAtUtc), $"Decisions released on {ProgramClock.InWords(releasedAtUtc, zone)}; six regions joined the cohort.", null);
        else if (milestone.Title.StartsWith("Initial impact measurement", StringComparison.Ordinal))
        {
            milestone.DueOn = calendar.LastDayOf(9);
            milestone.Status = MilestoneStatus.InProgress;
            milestone.EvidenceNote = "Indicator definitions drafted with the evaluation partner; data collection model pending.";
        }
        else if (milestone.Title.StartsWith("Community of practice strategy", StringComparison.Ordinal))
        {
            milestone.DueOn = due.AddDays(14);
            milestone.Complete(due.AddDays(12), "Learning agenda approved by the steering committee.", null);
        }
        else if (due < today)
            milestone.Complete(due.AddDays(-3), "Approved at the monthly program team meeting.", null);
    }

    // Region milestones: month 8 done everywhere; the month 9 assessment done in four regions, late in two; month 10
    // under way at different paces; months 11 and 12 ahead.
    private static void Progress(Milestone milestone, ProgramCalendar calendar, DateOnly today, int region)
    {
        var month = milestone.DueByEndOfMonth ?? 12;
        var due = calendar.LastDayOf(month);
        if (month <= 8)
            milestone.Complete(due.AddDays(-5 - region), "Confirmed at the cohort launch convening.", null);
        else if (month == 9)
        {
            if (region < 4)
                milestone.Complete(due.AddDays(-region - 1), "Assessment completed by the region's core team with 12 partners.", null);
            else
                milestone.Status = region == 4 ? MilestoneStatus.InProgress : MilestoneStatus.Blocked;
            if (region == 5)
                milestone.EvidenceNote = "Waiting on the community college's data-sharing agreement.";
        }
        else if (month == 10)
        {
            if (region == 0 && due.AddDays(-10) <= today)
                milestone.Complete(today.AddDays(-1), "Draft shared with the steering committee.", null);
            else
                milestone.Status = region % 3 == 2 ? MilestoneStatus.NotStarted : MilestoneStatus.InProgress;
        }
    }
}
