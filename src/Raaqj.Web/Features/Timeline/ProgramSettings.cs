using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Timeline;

public sealed class PhaseForm
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int FirstMonth { get; set; }
    public int LastMonth { get; set; }
}

public sealed class ProgramForm
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int? RequestForActionId { get; set; }
    public DateOnly? StartsOn { get; set; }
    public string TimeZoneId { get; set; } = "";
    public int ReminderDaysBefore { get; set; } = ProgramEdition.DefaultReminderDays;
    public List<PhaseForm> Phases { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class ProgramFormValidator : AbstractValidator<ProgramForm>
{
    public ProgramFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Name the program, for example \"Inaugural cohort\".").MaximumLength(ProgramEdition.NameMaxLength);
        RuleFor(f => f.StartsOn).NotNull().WithMessage("Enter the date month 1 of the program starts.");
        RuleFor(f => f.TimeZoneId).Must(z => ProgramClock.OfferedZones.Contains(z)).WithMessage("Choose the program's time zone.");
        RuleFor(f => f.ReminderDaysBefore).InclusiveBetween(1, 60).WithMessage("Remind owners between 1 and 60 days before a milestone is due.");
        RuleForEach(f => f.Phases).ChildRules(phase =>
        {
            phase.RuleFor(p => p.Name).NotEmpty().WithMessage("Name the phase.").MaximumLength(ProgramPhase.NameMaxLength);
            phase.RuleFor(p => p.LastMonth).Must((p, _) => ProgramPhases.Problem(p.FirstMonth, p.LastMonth, ProgramEdition.DefaultMonths) is null)
                .WithMessage((p, _) => ProgramPhases.Problem(p.FirstMonth, p.LastMonth, ProgramEdition.DefaultMonths));
        });
    }
}

public sealed record RoundOption(int Id, string Title);

public sealed record ProgramSettingsModel(ProgramForm Form, IReadOnlyList<RoundOption> Rounds, ProgramToday? Today);

// Creates a program edition with the commitment's plan (phases, program milestones, the region template) and
// changes its start, zone, reminders and phase months. Milestones due "by the end of month N" move with the start.
public sealed class ProgramSettingsHandler(AppDbContext db, ProgramClock clock, AuditLog audit, CurrentProgram programs)
{
    public const string ConflictMessage = "Someone else changed the program's settings since you opened them. The current settings are shown; make your change again.";

    public async Task<ProgramSettingsModel> NewAsync()
    {
        var today = DateOnly.FromDateTime(ProgramClock.ToLocal(clock.UtcNow, clock.DefaultTimeZoneId));
        var form = new ProgramForm
        {
            StartsOn = new DateOnly(today.Year, today.Month, 1).AddMonths(1), TimeZoneId = clock.DefaultTimeZoneId,
            Phases = ProgramPhases.Defaults.Select(p => new PhaseForm { Name = p.Name, FirstMonth = p.FirstMonth, LastMonth = p.LastMonth }).ToList(),
        };
        return await WithOptions(form);
    }

    public async Task<ProgramSettingsModel?> LoadAsync(int id)
    {
        var program = await db.ProgramEditions.AsNoTracking().Include(p => p.Phases).FirstOrDefaultAsync(p => p.Id == id);
        if (program is null)
            return null;
        var form = new ProgramForm
        {
            Id = program.Id, Name = program.Name, RequestForActionId = program.RequestForActionId, StartsOn = program.StartsOn, TimeZoneId = program.TimeZoneId,
            ReminderDaysBefore = program.ReminderDaysBefore, Version = program.Version,
            Phases = program.Phases.OrderBy(p => p.Position).Select(p => new PhaseForm { Id = p.Id, Name = p.Name, FirstMonth = p.FirstMonth, LastMonth = p.LastMonth }).ToList(),
        };
        return await WithOptions(form);
    }

    public async Task<ProgramSettingsModel> WithOptions(ProgramForm form)
    {
        var rounds = await db.RequestsForAction.AsNoTracking().OrderByDescending(r => r.OpensAtUtc).Select(r => new RoundOption(r.Id, r.Title)).ToListAsync();
        var header = form.Id == 0 ? null : await programs.FindAsync(form.Id);
        return new ProgramSettingsModel(form, rounds, header is null ? null : programs.Today(header));
    }

    public async Task<Outcome<int>> SaveAsync(ProgramForm form)
    {
        if (form.RequestForActionId is { } round)
        {
            if (!await db.RequestsForAction.AnyAsync(r => r.Id == round))
                return Outcome<int>.Of(Outcome.Invalid(nameof(ProgramForm.RequestForActionId), "Choose a request for action from the list."));
            if (await db.ProgramEditions.AnyAsync(p => p.RequestForActionId == round && p.Id != form.Id))
                return Outcome<int>.Of(Outcome.Invalid(nameof(ProgramForm.RequestForActionId), "Another program already selects its regions with this request for action."));
        }
        var now = clock.UtcNow;
        return form.Id == 0 ? await db.InTransactionAsync(() => CreateAsync(form, now)) : await UpdateAsync(form, now);
    }

    private async Task<Outcome<int>> CreateAsync(ProgramForm form, DateTime now)
    {
        var program = ProgramEdition.Create(form.Name.Trim(), form.RequestForActionId, form.StartsOn!.Value, form.TimeZoneId, now);
        program.ReminderDaysBefore = form.ReminderDaysBefore;
        program.Phases = form.Phases.Select((p, i) => new ProgramPhase { Position = i + 1, Name = p.Name.Trim(), FirstMonth = p.FirstMonth, LastMonth = p.LastMonth }).ToList();
        db.ProgramEditions.Add(program);
        AddPlan(db, program, now);
        // The audit line names the program's id, which the first save gives; one transaction holds both.
        await db.SaveChangesAsync();
        audit.Record(AuditActions.ProgramCreated, nameof(ProgramEdition), program.Id.ToString(), $"Created the program \"{program.Name}\" starting {ProgramClock.DateInWords(program.StartsOn)}",
            after: Snapshot(program));
        await db.SaveChangesAsync();
        return Outcome<int>.DoneWith(program.Id);
    }

    // The commitment's plan for a new program: its program milestones with their dependencies, and the template of
    // the milestones each region gets. Saved with the program.
    public static void AddPlan(AppDbContext db, ProgramEdition program, DateTime now)
    {
        var phases = program.Phases.OrderBy(p => p.Position).ToList();
        var milestones = ProgramPlan.Program.Select(m => new Milestone
        {
            Edition = program, Title = m.Title, Phase = phases.ElementAtOrDefault(m.Phase - 1), DueByEndOfMonth = m.ByEndOfMonth, CompletesOn = m.CompletesOn?.Key,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        }).ToList();
        foreach (var (planned, milestone) in ProgramPlan.Program.Zip(milestones))
            milestone.Predecessors = planned.After.Select(position => new MilestoneDependency { Predecessor = milestones[position - 1] }).ToList();
        db.Milestones.AddRange(milestones);
        db.MilestoneTemplates.AddRange(ProgramPlan.Region.Select((m, i) => new MilestoneTemplate
        {
            Edition = program, Position = i + 1, Title = m.Title, Phase = phases.ElementAtOrDefault(m.Phase - 1), DueByEndOfMonth = m.ByEndOfMonth, CompletesOn = m.CompletesOn?.Key,
        }));
    }

    private async Task<Outcome<int>> UpdateAsync(ProgramForm form, DateTime now)
    {
        var program = await db.ProgramEditions.Include(p => p.Phases).FirstOrDefaultAsync(p => p.Id == form.Id);
        if (program is null)
            return Outcome<int>.Of(Outcome.NotFound);
        if (program.Version != form.Version || form.Phases.Count != program.Phases.Count || form.Phases.Any(f => program.Phases.All(p => p.Id != f.Id)))
            return Outcome<int>.Of(Outcome.Conflict(ConflictMessage));
        var before = Snapshot(program);
        program.Name = form.Name.Trim();
        program.RequestForActionId = form.RequestForActionId;
        program.StartsOn = form.StartsOn!.Value;
        program.TimeZoneId = form.TimeZoneId;
        program.ReminderDaysBefore = form.ReminderDaysBefore;
        foreach (var phase in program.Phases)
        {
            var changed = form.Phases.Single(f => f.Id == phase.Id);
            (phase.Name, phase.FirstMonth, phase.LastMonth) = (changed.Name.Trim(), changed.FirstMonth, changed.LastMonth);
        }
        program.Version = Guid.NewGuid();
        program.UpdatedAtUtc = now;
        db.Entry(program).Property(p => p.Version).OriginalValue = form.Version;
        audit.Record(AuditActions.ProgramUpdated, nameof(ProgramEdition), program.Id.ToString(), $"Changed the settings of \"{program.Name}\"", before, Snapshot(program));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<int>.Of(Outcome.Conflict(ConflictMessage));
        }
        return Outcome<int>.DoneWith(program.Id);
    }

    private static object Snapshot(ProgramEdition program) => new
    {
        program.Name, program.RequestForActionId, StartsOn = program.StartsOn.ToString("yyyy-MM-dd"), program.TimeZoneId, program.ReminderDaysBefore,
        Phases = program.Phases.OrderBy(p => p.Position).Select(p => $"{p.Name}: months {p.FirstMonth}-{p.LastMonth}").ToList(),
    };
}
