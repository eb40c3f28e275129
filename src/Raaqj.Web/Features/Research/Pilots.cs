using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Accounts;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Planning;
using Raaqj.Web.Domain.Timeline;

namespace Raaqj.Web.Features.Research;

// A region's pilots and their plan-do-study-act cycles (the rest of ResearchHandler is its research activities and exports).
public sealed partial class ResearchHandler
{
    public async Task<PilotPageModel?> PilotPageAsync(int regionId, int? id, PilotForm? typed = null, CycleForm? cycle = null)
    {
        if (await regions.FindAsync(regionId) is not { } region)
            return null;
        var mayEdit = await access.MayAsync(RecordAction.ContributeToRegion, regionId);
        PilotForm form;
        IReadOnlyList<CycleView> cycles = [];
        if (id is null)
            form = typed ?? new PilotForm();
        else if (await db.Pilots.AsNoTracking().Include(p => p.Dimensions).Include(p => p.Cycles).FirstOrDefaultAsync(p => p.Id == id && p.CohortRegionId == regionId) is { } p)
        {
            form = typed ?? new PilotForm
            {
                Title = p.Title, Hypothesis = p.Hypothesis, Partners = p.Partners, DimensionIds = p.Dimensions.Select(d => d.PlanDimensionId).ToList(), StartsOn = p.StartsOn,
                EndsOn = p.EndsOn, Status = p.Status, Version = p.Version,
            };
            cycles = p.Cycles.OrderBy(c => c.Number).Select(c => new CycleView(c.Number, c.StartedOn, c.Plan, c.Do, c.Study, c.Act)).ToList();
        }
        else
            return null;
        if (id is null && !mayEdit)
            return null;
        var dimensions = await db.PlanDimensions.AsNoTracking().Where(d => !d.IsRetired || form.DimensionIds.Contains(d.Id)).OrderBy(d => d.Position).Select(d => new { d.Id, d.Name }).ToListAsync();
        return new PilotPageModel(region, id, form, dimensions.Select(d => (d.Id, d.Name)).ToList(), cycles, mayEdit) { Cycle = cycle ?? new CycleForm() };
    }

    public async Task<Outcome<int>> SavePilotAsync(int regionId, int? id, PilotForm form)
    {
        if (await regions.FindAsync(regionId) is not { } region || !await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        var dimensions = await db.PlanDimensions.Where(d => form.DimensionIds.Contains(d.Id)).Select(d => d.Id).ToListAsync();
        Pilot pilot;
        object? before = null;
        var now = clock.UtcNow;
        if (id is null)
        {
            pilot = new Pilot { CohortRegionId = regionId, CreatedAtUtc = now };
            db.Pilots.Add(pilot);
        }
        else
        {
            if (await db.Pilots.Include(p => p.Dimensions).FirstOrDefaultAsync(p => p.Id == id && p.CohortRegionId == regionId) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            pilot = found;
            if (pilot.Version != form.Version)
                return Outcome<int>.Conflict(Changed, pilot.Id);
            before = Snapshot(pilot);
            pilot.Version = Guid.NewGuid();
        }
        var wasRunning = pilot.Status == PilotStatus.Running;
        pilot.Title = form.Title.Trim();
        pilot.Hypothesis = form.Hypothesis.Trim();
        pilot.Partners = form.Partners.Trim();
        pilot.StartsOn = form.StartsOn;
        pilot.EndsOn = form.EndsOn;
        pilot.Status = form.Status;
        pilot.UpdatedAtUtc = now;
        pilot.Dimensions.RemoveAll(d => !dimensions.Contains(d.PlanDimensionId));
        pilot.Dimensions.AddRange(dimensions.Where(d => pilot.Dimensions.All(x => x.PlanDimensionId != d)).Select(d => new PilotDimension { PlanDimensionId = d }));
        if (!wasRunning && pilot.Status == PilotStatus.Running && region.Program.RequestForActionId is { } rfp)
            await programEvents.RaiseAsync(ProgramEvents.PilotUnderWay, rfp, regionId, $"Pilot “{pilot.Title}” is running.", null);
        return await SaveAsync(pilot, p => p.Id, $"{region.Name}: pilot “{pilot.Title}”", AuditActions.PilotRecorded, before, Snapshot(pilot));
    }

    public async Task<Outcome<int>> AddCycleAsync(int regionId, int pilotId, CycleForm form)
    {
        if (!await access.MayAsync(RecordAction.ContributeToRegion, regionId))
            return Outcome<int>.Of(Outcome.NotFound);
        if (await db.Pilots.AsNoTracking().Where(p => p.Id == pilotId && p.CohortRegionId == regionId).Select(p => new { p.Title }).FirstOrDefaultAsync() is not { } pilot)
            return Outcome<int>.Of(Outcome.NotFound);
        var number = await db.PdsaCycles.Where(c => c.PilotId == pilotId).MaxAsync(c => (int?)c.Number) ?? 0;
        var cycle = new PdsaCycle
        {
            PilotId = pilotId, Number = number + 1, StartedOn = form.StartedOn!.Value, Plan = form.Plan.Trim(), Do = form.Do.Trim(), Study = form.Study.Trim(), Act = form.Act.Trim(),
            RecordedAtUtc = clock.UtcNow,
        };
        db.PdsaCycles.Add(cycle);
        return await SaveAsync(cycle, c => c.Number, $"Cycle {cycle.Number} of the pilot “{pilot.Title}”", AuditActions.PdsaCycleRecorded, null,
            new { cycle.PilotId, cycle.Number, cycle.Plan, cycle.Do, cycle.Study, cycle.Act });
    }
}
