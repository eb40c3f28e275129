using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Timeline;

public sealed class TemplateForm
{
    public string Title { get; set; } = "";
    public int? PhaseId { get; set; }
    public int? DueByEndOfMonth { get; set; }
    public string? CompletesOn { get; set; }
}

public sealed class TemplateFormValidator : AbstractValidator<TemplateForm>
{
    public TemplateFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Name the milestone.").MaximumLength(Milestone.TitleMaxLength);
        RuleFor(f => f.DueByEndOfMonth).NotNull().InclusiveBetween(1, 24).WithMessage("Enter the month of the program it is due by, from 1 to 24.");
        RuleFor(f => f.CompletesOn).Must(k => string.IsNullOrEmpty(k) || ProgramEvents.Find(k) is { OfRegion: true }).WithMessage("Choose an event from the list.");
    }
}

public sealed record TemplateRow(int Id, string Title, string? Phase, int DueByEndOfMonth, DateOnly Due, string? CompletesOn, int Regions);

public sealed record TemplateModel(ProgramToday Today, IReadOnlyList<TemplateRow> Rows, int RegionCount, int Missing, TemplateForm Form, IReadOnlyList<(int Id, string Name)> Phases)
{
    public ProgramHeader Program => Today.Program;
}

// The milestones every cohort region gets, as staff plan them: regions released later get them at once; regions
// already in the cohort get a new one when staff add it to them.
public sealed class RegionTemplateHandler(AppDbContext db, CurrentProgram programs, AuditLog audit, ProgramEventHandler programEvents)
{
    public async Task<TemplateModel?> Handle(int programId, TemplateForm? form = null)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var rows = await db.MilestoneTemplates.AsNoTracking().Where(t => t.ProgramEditionId == programId).OrderBy(t => t.DueByEndOfMonth).ThenBy(t => t.Position)
            .Select(t => new { t.Id, t.Title, Phase = t.Phase == null ? null : t.Phase.Name, t.DueByEndOfMonth, t.CompletesOn, Regions = db.Milestones.Count(m => m.TemplateId == t.Id) })
            .ToListAsync();
        var regions = await Regions(program).CountAsync();
        var phases = await db.ProgramPhases.AsNoTracking().Where(p => p.ProgramEditionId == programId).OrderBy(p => p.Position).Select(p => new { p.Id, p.Name }).ToListAsync();
        return new TemplateModel(programs.Today(program),
            rows.Select(t => new TemplateRow(t.Id, t.Title, t.Phase, t.DueByEndOfMonth, program.Calendar.LastDayOf(t.DueByEndOfMonth), t.CompletesOn, t.Regions)).ToList(),
            regions, rows.Sum(t => regions - t.Regions), form ?? new TemplateForm(), phases.Select(p => (p.Id, p.Name)).ToList());
    }

    public async Task<Outcome> AddAsync(int programId, TemplateForm form)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return Outcome.NotFound;
        if (form.PhaseId is { } phase && !await db.ProgramPhases.AnyAsync(p => p.Id == phase && p.ProgramEditionId == programId))
            return Outcome.Invalid(nameof(TemplateForm.PhaseId), "Choose a phase from the list.");
        var position = await db.MilestoneTemplates.Where(t => t.ProgramEditionId == programId).Select(t => (int?)t.Position).MaxAsync() ?? 0;
        db.MilestoneTemplates.Add(new MilestoneTemplate
        {
            ProgramEditionId = programId, Position = position + 1, Title = form.Title.Trim(), PhaseId = form.PhaseId, DueByEndOfMonth = form.DueByEndOfMonth!.Value,
            CompletesOn = string.IsNullOrEmpty(form.CompletesOn) ? null : form.CompletesOn,
        });
        audit.Record(AuditActions.MilestoneTemplateChanged, nameof(ProgramEdition), programId.ToString(), $"Added \"{form.Title.Trim()}\" to the region milestones of \"{program.Name}\"");
        await db.SaveChangesAsync();
        return Outcome.Done;
    }

    // Removes a template; the regions' milestones made from it stay, as milestones of their own.
    public async Task<Outcome> RemoveAsync(int programId, int templateId)
    {
        var template = await db.MilestoneTemplates.FirstOrDefaultAsync(t => t.Id == templateId && t.ProgramEditionId == programId);
        if (template is null)
            return Outcome.NotFound;
        await db.InTransactionAsync(async () =>
        {
            await db.Milestones.Where(m => m.TemplateId == templateId).ExecuteUpdateAsync(s => s.SetProperty(m => m.TemplateId, (int?)null));
            db.MilestoneTemplates.Remove(template);
            audit.Record(AuditActions.MilestoneTemplateChanged, nameof(ProgramEdition), programId.ToString(), $"Removed \"{template.Title}\" from the region milestones");
            await db.SaveChangesAsync();
            return true;
        });
        return Outcome.Done;
    }

    // Gives every region of the cohort the template milestones it does not have yet; answers how many were added.
    public async Task<Outcome<int>> ApplyAsync(int programId)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return Outcome<int>.Of(Outcome.NotFound);
        var regions = await Regions(program).AsNoTracking().ToListAsync();
        var added = await programEvents.AddTemplateMilestonesAsync(programId, regions);
        if (added == 0)
            return Outcome<int>.DoneWith(0);
        audit.Record(AuditActions.RegionMilestonesCreated, nameof(ProgramEdition), programId.ToString(), $"Added {added} milestones from the template to the cohort's regions");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (DatabaseConflict.Is(ex))
        {
            // Someone added them at the same moment: the unique (region, template) index kept each once.
            return Outcome<int>.Of(Outcome.Conflict("Someone else was adding these milestones at the same moment. Look at the tracker: each region has each milestone once."));
        }
        return Outcome<int>.DoneWith(added);
    }

    private IQueryable<Domain.Cohort.CohortRegion> Regions(ProgramHeader program) => db.CohortRegions.Where(r => r.RequestForActionId == program.RequestForActionId);
}
