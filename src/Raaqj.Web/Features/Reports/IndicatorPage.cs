using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reporting;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Reports;

// Whose indicator a form edits: the program's (every region reports it; staff keep those) or one region's.
public sealed record IndicatorOwner(ProgramHeader Program, RegionHeader? Region);

public sealed record IndicatorPageModel(IndicatorOwner Owner, int? Id, IndicatorForm Form, string? FromMeasure);

// Adds and changes indicators. A region's own come from its team or staff, often from a measure of its action plan
// (the form starts from the measure's words and numbers); the program's come from staff. Saves are checked against
// the indicator's version, and a measure is tracked once (unique index).
public sealed partial class IndicatorPageHandler(AppDbContext db, CurrentProgram programs, ReportingPages reporting, ProgramClock clock, AuditLog audit)
{
    private const string Changed = "Someone changed this indicator while you were editing it. The saved version is shown; your changes are still in the form: save again to keep them.";

    // The program's own indicators: the controller lets staff alone this far.
    public async Task<IndicatorOwner?> ProgramOwnerAsync(int programId) =>
        await programs.FindAsync(programId) is { } program ? new IndicatorOwner(program, null) : null;

    // A region's own indicators: its team and staff keep them.
    public async Task<IndicatorOwner?> RegionOwnerAsync(int regionId) =>
        await reporting.FindAsync(regionId) is { MayDefine: true } standing ? new IndicatorOwner(standing.Region.Program, standing.Region) : null;

    public async Task<IndicatorPageModel?> PageAsync(IndicatorOwner owner, int? id, int? measureId, IndicatorForm? typed = null)
    {
        var month = programs.Today(owner.Program).Month;
        if (id is null)
        {
            var measure = measureId is null || owner.Region is null ? null : await UntrackedMeasures(owner.Region.Id).FirstOrDefaultAsync(m => m.Id == measureId);
            if (measureId is not null && measure is null)
                return null;
            var form = typed ?? new IndicatorForm { BaselineMonth = Math.Clamp(month, 0, owner.Program.Months), TargetMonth = owner.Program.Months };
            if (typed is null && measure is not null)
            {
                form.Name = measure.Indicator;
                form.PlanMeasureId = measure.Id;
                form.Baseline = FirstNumber(measure.Baseline);
                form.Target = FirstNumber(measure.Target);
                form.TargetMonth = measure.ByMonth ?? owner.Program.Months;
            }
            return new IndicatorPageModel(owner, null, form, measure?.Indicator);
        }
        var indicator = await Owned(owner).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        if (indicator is null)
            return null;
        return new IndicatorPageModel(owner, indicator.Id, typed ?? new IndicatorForm
        {
            Name = indicator.Name, Unit = indicator.Unit, Direction = indicator.Direction, Baseline = indicator.Baseline, BaselineMonth = indicator.BaselineMonth,
            Target = indicator.Target, TargetMonth = indicator.TargetMonth, Frequency = indicator.Frequency, Definition = indicator.Definition, Source = indicator.Source,
            IsRetired = indicator.IsRetired, PlanMeasureId = indicator.PlanMeasureId, Version = indicator.Version,
        }, null);
    }

    public async Task<Outcome<int>> SaveAsync(IndicatorOwner owner, int? id, IndicatorForm form)
    {
        Indicator indicator;
        object? before = null;
        var now = clock.UtcNow;
        if (id is null)
        {
            // A measure already tracked by this region's indicator is a double click: that indicator is the answer.
            if (form.PlanMeasureId is { } measureId && (owner.Region is null || !await UntrackedMeasures(owner.Region.Id).AnyAsync(m => m.Id == measureId)))
                return await Owned(owner).Where(i => i.PlanMeasureId == measureId).Select(i => (int?)i.Id).FirstOrDefaultAsync() is { } tracked
                    ? Outcome<int>.DoneWith(tracked) : Outcome<int>.Of(Outcome.NotFound);
            indicator = new Indicator { ProgramEditionId = owner.Program.Id, CohortRegionId = owner.Region?.Id, PlanMeasureId = form.PlanMeasureId, CreatedAtUtc = now };
            db.Indicators.Add(indicator);
        }
        else
        {
            if (await Owned(owner).FirstOrDefaultAsync(i => i.Id == id) is not { } found)
                return Outcome<int>.Of(Outcome.NotFound);
            indicator = found;
            if (indicator.Version != form.Version)
                return Outcome<int>.Conflict(Changed, indicator.Id);
            before = Snapshot(indicator);
        }
        indicator.Name = form.Name.Trim();
        indicator.Unit = form.Unit.Trim();
        indicator.Direction = form.Direction;
        indicator.Baseline = form.Baseline!.Value;
        indicator.BaselineMonth = form.BaselineMonth!.Value;
        indicator.Target = form.Target!.Value;
        indicator.TargetMonth = form.TargetMonth!.Value;
        indicator.Frequency = form.Frequency;
        indicator.Definition = (form.Definition ?? "").Trim();
        indicator.Source = (form.Source ?? "").Trim();
        indicator.IsRetired = id is not null && form.IsRetired;
        indicator.Version = Guid.NewGuid();
        indicator.UpdatedAtUtc = now;
        var whose = owner.Region?.Name ?? "Every region";
        var saved = await audit.SaveRecordingAsync(Changed, () => audit.Record(before is null ? AuditActions.IndicatorAdded : AuditActions.IndicatorChanged, nameof(Indicator),
            indicator.Id.ToString(), $"{whose}: indicator “{indicator.Name}”", before, Snapshot(indicator)));
        return saved.Kind == OutcomeKind.Done ? Outcome<int>.DoneWith(indicator.Id) : Outcome<int>.Conflict(saved.Problems[0].Message, id ?? 0);
    }

    // The measures the region wrote into its action plan that no indicator tracks yet.
    public IQueryable<PlanMeasureRow> UntrackedMeasures(int regionId) =>
        db.PlanMeasures.AsNoTracking()
            .Where(m => db.PlanActions.Any(a => a.Id == m.PlanActionId && db.PlanStrategies.Any(s => s.Id == a.PlanStrategyId
                && db.PlanGoals.Any(g => g.Id == s.PlanGoalId && db.ActionPlans.Any(p => p.Id == g.ActionPlanId && p.CohortRegionId == regionId)))))
            .Where(m => !db.Indicators.Any(i => i.PlanMeasureId == m.Id))
            .OrderBy(m => m.Id).Select(m => new PlanMeasureRow(m.Id, m.Indicator, m.Baseline, m.Target, m.ByMonth));

    private IQueryable<Indicator> Owned(IndicatorOwner owner) => owner.Region is { } region
        ? db.Indicators.Where(i => i.ProgramEditionId == owner.Program.Id && i.CohortRegionId == region.Id)
        : db.Indicators.Where(i => i.ProgramEditionId == owner.Program.Id && i.CohortRegionId == null);

    // "about 40% of workers" reads as 40; a measure written in words gives no number.
    private static decimal? FirstNumber(string text) =>
        Number().Match(text) is { Success: true } match && decimal.TryParse(match.Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"-?\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();

    private static object Snapshot(Indicator i) => new
    {
        i.Name, i.Unit, Direction = i.Direction.ToString(), i.Baseline, i.BaselineMonth, i.Target, i.TargetMonth, Frequency = i.Frequency.ToString(), i.Definition, i.Source, i.IsRetired,
    };
}

public sealed record PlanMeasureRow(int Id, string Indicator, string Baseline, string Target, int? ByMonth);

// The one way both indicator forms (a region's, the program's) are saved: checked, saved, or shown again with what was
// typed and, after a conflict, the saved version to save over.
public static class IndicatorSaving
{
    public const string FormPrefix = "Form";

    public static async Task<IActionResult> SaveIndicatorAsync(this Controller controller, IndicatorOwner? owner, int? indicatorId, IndicatorForm form,
        IValidator<IndicatorForm> validator, IndicatorPageHandler handler, string confirmation, Func<IActionResult> done)
    {
        if (owner is null)
            return controller.NotFound();
        async Task<IActionResult> Again(int _)
        {
            if (indicatorId is not null && controller.ModelState.TryGetValue("", out var general) && general.Errors.Count > 0 && await handler.PageAsync(owner, indicatorId, null) is { } saved)
                form.Version = saved.Form.Version;
            return await handler.PageAsync(owner, indicatorId, null, form) is { } model ? controller.View("IndicatorForm", model) : controller.NotFound();
        }
        if (!await validator.ValidateIntoAsync(form, controller.ModelState, FormPrefix))
            return await Again(0);
        return await controller.Answer(await handler.SaveAsync(owner, indicatorId, form), confirmation, _ => done(), Again, FormPrefix);
    }
}
