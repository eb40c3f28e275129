using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.ActionPlans;
using Raaqj.Web.Features.Community;
using Raaqj.Web.Features.Ecosystem;
using Raaqj.Web.Features.Funding;
using Raaqj.Web.Features.Reports;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Impact;

public enum IndicatorStanding
{
    NotReported,
    OnTrack,
    Missed,
}

// An indicator as the report shows it: its latest accepted value against the target path at that value's period.
public sealed record BoardIndicator(IndicatorRow Indicator, AcceptedValue? Latest)
{
    public decimal? Expected => Latest is null ? null : Indicator.Path.ExpectedAt(Latest.Month);

    public IndicatorStanding Standing =>
        Latest is null ? IndicatorStanding.NotReported : Indicator.Path.Misses(Latest.Value, Latest.Month) ? IndicatorStanding.Missed : IndicatorStanding.OnTrack;
}

public sealed record BoardMilestones(IReadOnlyList<MilestoneRow> All)
{
    public const int NextShown = 3;

    public int Done => All.Count(m => m.Status == MilestoneStatus.Done);

    public IReadOnlyList<MilestoneRow> Late => All.Where(m => m.Urgency == MilestoneUrgency.Late).OrderBy(m => m.Due).ToList();

    public IReadOnlyList<MilestoneRow> Next =>
        All.Where(m => m.Status != MilestoneStatus.Done && m.Urgency != MilestoneUrgency.Late).OrderBy(m => m.Due).ThenBy(m => m.Title).Take(NextShown).ToList();
}

public sealed record BoardReports(int Accepted, int Late, int AwaitingReview);

public sealed record BoardMatch(decimal Committed, MatchTotals Totals);

public sealed record BoardEngagement(int Stakeholders, int Engaged, IReadOnlyList<EcosystemSector> Uncovered, int People);

// A region's page of the report.
public sealed record BoardRegion(int Id, string Name, string Organization, DateOnly Joined, string? Liaison, BoardMilestones Milestones, RegionPlanColumn Plan,
    BoardReports Reports, IReadOnlyList<BoardIndicator> Indicators, BoardMatch Match, BoardEngagement Engagement);

public sealed record BoardReportModel(ProgramToday Today, IReadOnlyList<TargetFigure> Targets, IReadOnlyList<BoardRegion> Regions)
{
    public ProgramHeader Program => Today.Program;
}

// The program report for the board and national partners, drafted from the records: the public targets, then each
// region's page (milestones, action plan, period reports and indicators, local match, engagement). Every figure comes
// from the mechanism its own page uses, so the report never disagrees with the portal.
public sealed class BoardReportHandler(AppDbContext db, CurrentProgram programs, ProgramFigures figures, MilestoneReader milestones, CohortPlansHandler plans,
    ProgramReportsHandler schedule, ReportingPages reporting, MoneyRecords money, EcosystemFigures ecosystem, ContentCache cache, ProgramClock clock)
{
    // Read once per change of content and day (the late milestones and reports change with the date).
    public async Task<BoardReportModel?> Handle(int programId) =>
        await programs.FindAsync(programId) is { RequestForActionId: not null } program
            ? await cache.GetAsync($"board-report-{program.Id}-{program.Calendar.DateAt(clock.UtcNow):yyyyMMdd}", () => ReadAsync(program))
            : null;

    private async Task<BoardReportModel> ReadAsync(ProgramHeader program)
    {
        var rfp = program.RequestForActionId!.Value;
        var cohortPlans = (await plans.Handle(program.Id))!;
        var today = programs.Today(program);
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).OrderBy(r => r.RegionName)
            .Select(r => new
            {
                r.Id, r.RegionName, r.JoinedAtUtc,
                Organization = db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.LegalName).First(),
                Liaison = db.Users.Where(u => u.Id == r.LiaisonUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Committed = db.Proposals.Where(p => p.Id == r.ProposalId).Select(p => p.LocalMatchCents).FirstOrDefault(),
            }).ToListAsync();
        var milestoneRows = (await milestones.ReadAsync(db.Milestones.Where(m => m.ProgramEditionId == program.Id && m.CohortRegionId != null), cacheKey: $"cohort/{program.Id}"))
            .ToLookup(m => m.RegionId);
        var planOf = cohortPlans.Regions.ToDictionary(p => p.RegionId);
        var periods = (await schedule.ScheduleAsync(program, today.Today)).ToLookup(r => r.RegionId);
        var indicators = (await reporting.Indicators(program.Id, null, allRegions: true).ToListAsync()).Where(i => !i.IsRetired).ToList();
        var latest = (await reporting.Accepted(null, null, indicators: indicators.Select(i => i.Id).ToList()).ToListAsync())
            .GroupBy(a => (a.RegionId, a.IndicatorId)).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Month)!);
        var match = (await money.MatchAsync(rfp)).ToLookup(m => m.RegionId);
        var map = await ecosystem.OfProgramAsync(rfp);
        var people = (await CommunityQueries.PeopleAsync(db, cache, program.Id)).ByRegion;
        return new BoardReportModel(today, await figures.TargetsAsync(program), regions.Select(r => new BoardRegion(r.Id, r.RegionName, r.Organization,
            program.Calendar.DateAt(r.JoinedAtUtc), r.Liaison, new BoardMilestones(milestoneRows[r.Id].ToList()), planOf[r.Id],
            new BoardReports(periods[r.Id].Count(p => p.Standing == ReportStanding.Accepted), periods[r.Id].Count(p => p.Standing == ReportStanding.Late),
                periods[r.Id].Count(p => p.Standing == ReportStanding.Submitted)),
            indicators.Where(i => i.RegionId == null || i.RegionId == r.Id).Select(i => new BoardIndicator(i, latest.GetValueOrDefault((r.Id, i.Id)))).ToList(),
            new BoardMatch(r.Committed / 100m, LocalMatch.Totals(match[r.Id].Select(l => l.Line))),
            new BoardEngagement(map.SectorsOf(r.Id).Sum(s => s.Stakeholders), map.UniqueEngagedByRegion.GetValueOrDefault(r.Id),
                map.SectorsOf(r.Id).Where(s => s.Uncovered).Select(s => s.Sector).ToList(), people.GetValueOrDefault(r.RegionName)))).ToList());
    }
}
