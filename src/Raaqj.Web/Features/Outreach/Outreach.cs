using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Geography;
using Raaqj.Web.Domain.Outreach;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Outreach;

public sealed record LinkedProposal(int ProposalId, string Organization, string Region, bool Selected);

public sealed record TargetRow(int Id, string Name, IReadOnlyList<string> States, int Counties, OutreachStage Recorded, OutreachStage Stage, string? Contact,
    IReadOnlyList<LinkedProposal> Proposals);

public sealed record OutreachModel(ProgramToday Today, IReadOnlyList<TargetRow> Regions, IReadOnlyList<FunnelStep> Funnel, string Map, string StatesVersion);

public sealed record TargetRegionPageModel(ProgramToday Today, int? Id, TargetRegionForm Form, IReadOnlyList<County> Chosen, IReadOnlyList<County> Found);

// Outreach to the regions the program wants to recruit (strategic development, months 1 to 3): each target region's
// counties, why, a contact and the stage staff recorded; a proposal submitted from its counties for the program's
// request for action links to it and makes it applied, its selection selected, so the funnel is the records' own.
public sealed class OutreachHandler(AppDbContext db, CurrentProgram programs, CountyCatalog catalog, UsAtlas atlas, ProgramClock clock, AuditLog audit)
{
    private const string Changed = "Someone changed this region while you were editing it. The saved version is shown; your changes are still in the form: save again to keep them.";

    private static readonly IReadOnlyDictionary<OutreachStage, string> Colours = new Dictionary<OutreachStage, string>
    {
        [OutreachStage.Identified] = "#6c757d", [OutreachStage.Contacted] = "#4c6fa5", [OutreachStage.Interested] = "#087990",
        [OutreachStage.Applied] = "#b07d00", [OutreachStage.Selected] = "#198754",
    };

    public static string Colour(OutreachStage stage) => Colours[stage];

    public async Task<OutreachModel?> ListAsync(int programId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var rfp = program.RequestForActionId ?? 0;
        var targets = await db.TargetRegions.AsNoTracking().Where(t => t.ProgramEditionId == programId).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Stage, t.ContactName, t.ContactOrganization, Counties = t.Counties.Select(c => new { c.Fips, c.StateCode }).ToList() }).ToListAsync();
        // Submitted proposals of the program's request for action that share a county with a target region.
        var links = (await db.TargetRegionCounties.AsNoTracking().Where(c => db.TargetRegions.Any(t => t.Id == c.TargetRegionId && t.ProgramEditionId == programId))
            .Join(db.ProposalCounties, t => t.Fips, p => p.Fips, (t, p) => new { t.TargetRegionId, p.ProposalId })
            .Join(db.Proposals.Where(p => p.RequestForActionId == rfp && p.Status == ProposalStatus.Submitted), x => x.ProposalId, p => p.Id, (x, p) => new
            {
                x.TargetRegionId, p.Id, p.RegionName, Organization = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.LegalName).First(),
                Selected = db.CohortRegions.Any(r => r.ProposalId == p.Id),
            }).Distinct().ToListAsync()).ToLookup(l => l.TargetRegionId, l => new LinkedProposal(l.Id, l.Organization, l.RegionName, l.Selected));
        var rows = targets.Select(t => new TargetRow(t.Id, t.Name, t.Counties.Select(c => c.StateCode).Distinct().Order().ToList(), t.Counties.Count, t.Stage,
            OutreachFunnel.StageOf(t.Stage, links[t.Id].Any(), links[t.Id].Any(p => p.Selected)),
            string.Join(", ", new[] { t.ContactName, t.ContactOrganization }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } contact ? contact : null,
            links[t.Id].DistinctBy(p => p.ProposalId).ToList())).ToList();
        var fips = targets.ToDictionary(t => t.Id, t => t.Counties.Select(c => c.Fips).ToList());
        var map = UsMapDrawing.Svg(rows.Select(r => new MapArea(Colour(r.Stage), $"data-target=\"{r.Id}\"", fips[r.Id].Select(atlas.County).OfType<UsAtlas.Shape>().ToList())), []);
        return new OutreachModel(programs.Today(program), rows, OutreachFunnel.Steps(rows.Select(r => r.Stage)), map, atlas.StatesVersion);
    }

    public async Task<TargetRegionPageModel?> PageAsync(int programId, int? id, TargetRegionForm? typed = null)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var form = typed;
        if (form is null && id is not null)
        {
            if (await db.TargetRegions.AsNoTracking().Include(t => t.Counties).FirstOrDefaultAsync(t => t.Id == id && t.ProgramEditionId == programId) is not { } t)
                return null;
            form = new TargetRegionForm
            {
                Name = t.Name, Why = t.Why, ContactName = t.ContactName, ContactOrganization = t.ContactOrganization, ContactEmail = t.ContactEmail, Stage = t.Stage, Notes = t.Notes,
                Counties = t.Counties.Select(c => c.Fips).ToList(), Version = t.Version,
            };
        }
        else if (id is not null && !await db.TargetRegions.AnyAsync(t => t.Id == id && t.ProgramEditionId == programId))
            return null;
        form ??= new TargetRegionForm();
        var chosen = form.Counties.Distinct().Select(catalog.Find).OfType<County>().ToList();
        var found = catalog.Search(form.CountySearch).Where(c => !form.Counties.Contains(c.Fips)).ToList();
        return new TargetRegionPageModel(programs.Today(program), id, form, chosen, found);
    }

    public async Task<Outcome<int>> SaveAsync(int programId, int? id, TargetRegionForm form)
    {
        if (await programs.FindAsync(programId) is null)
            return Outcome<int>.Of(Outcome.NotFound);
        var counties = form.Counties.Distinct().Select(catalog.Find).ToList();
        if (counties.Any(c => c is null))
            return Outcome<int>.Of(Outcome.Invalid(nameof(TargetRegionForm.Counties), "Choose counties from the list."));
        TargetRegion target;
        object? before = null;
        var now = clock.UtcNow;
        if (id is null)
        {
            target = new TargetRegion { ProgramEditionId = programId, CreatedAtUtc = now };
            db.TargetRegions.Add(target);
        }
        else
        {
            if (await db.TargetRegions.Include(t => t.Counties).FirstOrDefaultAsync(t => t.Id == id && t.ProgramEditionId == programId) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            target = found;
            if (target.Version != form.Version)
                return Outcome<int>.Conflict(Changed, target.Id);
            before = Snapshot(target);
            target.Version = Guid.NewGuid();
        }
        target.Name = form.Name.Trim();
        target.Why = form.Why.Trim();
        target.ContactName = form.ContactName.TrimmedOrNull();
        target.ContactOrganization = form.ContactOrganization.TrimmedOrNull();
        target.ContactEmail = form.ContactEmail.TrimmedOrNull();
        target.Stage = form.Stage;
        target.Notes = form.Notes.TrimmedOrNull();
        target.UpdatedAtUtc = now;
        var keep = counties.Select(c => c!.Fips).ToHashSet();
        target.Counties.RemoveAll(c => !keep.Contains(c.Fips));
        target.Counties.AddRange(counties.Where(c => target.Counties.All(x => x.Fips != c!.Fips)).Select(c => new TargetRegionCounty { Fips = c!.Fips, StateCode = c.StateCode }));
        var saved = await audit.SaveRecordingAsync(Changed, () => audit.Record(AuditActions.OutreachChanged, nameof(TargetRegion), target.Id.ToString(),
            $"{(id is null ? "Targeted" : "Updated")} region “{target.Name}” ({OutreachFunnel.Label(target.Stage)})", before, Snapshot(target)));
        return saved.Kind == OutcomeKind.Done ? Outcome<int>.DoneWith(target.Id) : Outcome<int>.Conflict(saved.Problems[0].Message, id ?? 0);
    }

    private static object Snapshot(TargetRegion t) => new
    {
        t.Name, t.Why, t.ContactName, t.ContactOrganization, t.ContactEmail, Stage = t.Stage.ToString(), t.Notes, Counties = t.Counties.Select(c => c.Fips).Order().ToList(),
    };
}
