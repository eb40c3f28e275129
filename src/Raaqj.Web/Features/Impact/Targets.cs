using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Funding;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Features.Community;
using Raaqj.Web.Features.Ecosystem;
using Raaqj.Web.Features.Funding;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Impact;

public sealed record TargetsModel(ProgramToday Today, IReadOnlyList<TargetFigure> Targets, bool PublicProgress);

// Where a row of a drill-down leads: a route, never a literal URL.
public sealed record RecordLink(string Controller, string Action, object Values);

public sealed record RecordRow(IReadOnlyList<string> Cells, RecordLink? Link);

public sealed record TargetRecordsModel(ProgramToday Today, TargetFigure Target, string Explanation, IReadOnlyList<string> Columns, Page<RecordRow> Rows);

// The program's public promises, each computed from the records behind it (ProgramTargets), and for each the records
// themselves: the regions, the organizations engaged (each once), the people equipped (each once), the funders'
// money and each region's match.
public sealed class TargetsHandler(AppDbContext db, CurrentProgram programs, ProgramFigures figures, EcosystemFigures ecosystem, MoneyRecords money, ContentCache cache, ProgramClock clock)
{
    public const int PageSize = 25;

    public async Task<TargetsModel?> Handle(int programId) =>
        await programs.FindAsync(programId) is { } program
            ? new TargetsModel(programs.Today(program), await figures.TargetsAsync(program), await db.ProgramEditions.AnyAsync(p => p.Id == programId && p.PublicProgress))
            : null;

    public async Task<TargetRecordsModel?> RecordsAsync(int programId, TargetKind kind, int? page)
    {
        if (await programs.FindAsync(programId) is not { } program || !Enum.IsDefined(kind))
            return null;
        var target = (await figures.TargetsAsync(program)).Single(t => t.Kind == kind);
        // Read once per change of content and day, then paged: at a program's size (thousands of stakeholders and people) the
        // de-duplication behind a list is the costly part.
        var table = await cache.GetAsync($"target-records-{kind}-{program.Id}-{program.Calendar.DateAt(clock.UtcNow):yyyyMMdd}", () => TableAsync(kind, program));
        return new TargetRecordsModel(programs.Today(program), target, table.Explanation, table.Columns, Page<RecordRow>.Of(table.Rows, page, PageSize));
    }

    private async Task<(string Explanation, string[] Columns, IReadOnlyList<RecordRow> Rows)> TableAsync(TargetKind kind, ProgramHeader program)
    {
        var rfp = program.RequestForActionId ?? 0;
        return kind switch
        {
            TargetKind.Regions => ("Each region selected for the cohort, from the day its selection was released.", ["Region", "Anchor organization", "Joined"], await RegionsAsync(rfp, program)),
            TargetKind.Stakeholders => ("Each organization engaged (involved, collaborating or leading) in a region's ecosystem map, counted once however many regions entered it: the same EIN, website, name or contact email is one organization, unless staff set them apart.",
                ["Organization", "Regions", "Engagement", "Sector"], await StakeholdersAsync(rfp)),
            TargetKind.People => ("Each person who attended a learning session or took part in a resolved technical assistance request, counted once: the same email is one person, and so are the same name and organization.",
                ["Person", "Organization", "Region", "Role", "First took part"], await PeopleAsync(program)),
            TargetKind.Raised => ("Each funder's money: received is every payment; pledged is what active pledges still promise. A withdrawn pledge keeps what was paid and promises nothing more.",
                ["Funder", "Stage", "Received", "Pledged, still to come"], await RaisedAsync(program)),
            _ => ("Each region's local match ledger: received and pledged lines count; expected and withdrawn lines do not. The target is what the regions' proposals committed.",
                ["Region", "Proposal committed", "Received", "Pledged", "Verified"], await MatchAsync(rfp)),
        };
    }

    private async Task<IReadOnlyList<RecordRow>> RegionsAsync(int rfp, ProgramHeader program) =>
        (await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).OrderBy(r => r.JoinedAtUtc).ThenBy(r => r.RegionName)
            .Select(r => new { r.Id, r.RegionName, r.JoinedAtUtc, Organization = db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.LegalName).First() }).ToListAsync())
        .Select(r => new RecordRow([r.RegionName, r.Organization, ProgramClock.DateInWords(program.Calendar.DateAt(r.JoinedAtUtc))],
            new RecordLink("Workspace", "Home", new { regionId = r.Id }))).ToList();

    // One row per organization: the records de-duplication holds for one, shown under the first one's name.
    private async Task<IReadOnlyList<RecordRow>> StakeholdersAsync(int rfp)
    {
        var (histories, apart) = await ecosystem.HistoriesAsync(rfp);
        var now = clock.UtcNow;
        var engaged = histories.Where(h => h.EngagedAt(now)).Select(h => h.Keys).ToList();
        var groups = StakeholderMatching.Groups(StakeholderMatching.Pairs(engaged, apart));
        var grouped = groups.SelectMany(g => g).ToHashSet();
        var organizations = groups.Concat(engaged.Where(k => !grouped.Contains(k.Id)).Select(k => (IReadOnlyList<int>)[k.Id])).ToList();
        var regions = await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).ToDictionaryAsync(r => r.Id, r => r.RegionName);
        var details = (await EcosystemFigures.Active(db).AsNoTracking().Where(s => db.CohortRegions.Any(r => r.Id == s.CohortRegionId && r.RequestForActionId == rfp))
            .Select(s => new { s.Id, s.Name, s.CohortRegionId, s.Engagement, s.Sector }).ToListAsync()).ToDictionary(s => s.Id);
        return organizations.Select(o => o.Select(id => details[id]).OrderBy(d => d.Id).ToList())
            .OrderBy(o => o[0].Name, StringComparer.OrdinalIgnoreCase)
            .Select(o => new RecordRow([o[0].Name, string.Join(", ", o.Select(d => regions[d.CohortRegionId]).Distinct()), EcosystemTerms.Label(o.Max(d => d.Engagement)), EcosystemTerms.Label(o[0].Sector)],
                new RecordLink("Ecosystem", "Show", new { regionId = o[0].CohortRegionId, id = o[0].Id }))).ToList();
    }

    private async Task<IReadOnlyList<RecordRow>> PeopleAsync(ProgramHeader program) =>
        (await CommunityQueries.ParticipationsAsync(db, program.Id)).OrderBy(p => p.AtUtc).GroupBy(PeopleEquipped.KeyOf).Select(g => g.First())
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => new RecordRow([p.Name, p.Organization ?? "", p.Region ?? PeopleEquipped.NoRegion, SessionWording.Role(p.Role),
                ProgramClock.DateInWords(program.Calendar.DateAt(p.AtUtc))], null)).ToList();

    private async Task<IReadOnlyList<RecordRow>> RaisedAsync(ProgramHeader program)
    {
        var raise = await money.RaiseAsync(program.Id);
        var today = program.Calendar.DateAt(clock.UtcNow);
        var paidAgainst = RaiseLedger.PaidAgainst(raise.Payments);
        var received = raise.Payments.ToLookup(p => p.FunderId);
        var pledged = raise.Pledges.Where(p => !p.WithdrawnBy(today)).ToLookup(p => p.FunderId, p => Math.Max(0, p.Amount - paidAgainst.GetValueOrDefault(p.Id)));
        var funders = await db.Funders.AsNoTracking().Where(f => f.ProgramEditionId == program.Id).Select(f => new { f.Id, f.Name, f.Stage }).ToListAsync();
        return funders.Select(f => (f.Id, f.Name, f.Stage, Received: received[f.Id].Sum(p => p.Amount), Pledged: pledged[f.Id].Sum()))
            .Where(f => f.Received > 0 || f.Pledged > 0).OrderByDescending(f => f.Received + f.Pledged).ThenBy(f => f.Name)
            .Select(f => new RecordRow([f.Name, FundingTerms.Label(f.Stage), Money.Dollars(f.Received), Money.Dollars(f.Pledged)],
                new RecordLink("Funding", "Funder", new { id = program.Id, funderId = f.Id }))).ToList();
    }

    private async Task<IReadOnlyList<RecordRow>> MatchAsync(int rfp)
    {
        var lines = (await money.MatchAsync(rfp)).ToLookup(l => l.RegionId);
        return (await db.CohortRegions.AsNoTracking().Where(r => r.RequestForActionId == rfp).OrderBy(r => r.RegionName)
                .Select(r => new { r.Id, r.RegionName, Promised = db.Proposals.Where(p => p.Id == r.ProposalId).Select(p => p.LocalMatchCents).FirstOrDefault() }).ToListAsync())
            .Select(r => (r, Totals: LocalMatch.Totals(lines[r.Id].Select(l => l.Line))))
            .Select(x => new RecordRow([x.r.RegionName, Money.Dollars(x.r.Promised / 100m), Money.Dollars(x.Totals.Received), Money.Dollars(x.Totals.Pledged), Money.Dollars(x.Totals.Verified)],
                new RecordLink("Match", "Index", new { regionId = x.r.Id }))).ToList();
    }
}
