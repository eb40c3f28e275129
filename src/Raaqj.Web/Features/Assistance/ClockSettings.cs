using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Assistance;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Assistance;

public sealed class ClockForm
{
    public int FirstAnswerDays { get; set; } = TaClockSettings.DefaultFirstAnswerDays;
    public int ResolveHighDays { get; set; }
    public int ResolveNormalDays { get; set; }
    public int ResolveLowDays { get; set; }
    public Guid Version { get; set; }
}

public sealed class ClockFormValidator : AbstractValidator<ClockForm>
{
    public ClockFormValidator()
    {
        RuleFor(f => f.FirstAnswerDays).InclusiveBetween(1, 30).WithMessage("Give between 1 and 30 business days.");
        RuleFor(f => f.ResolveHighDays).InclusiveBetween(1, 120).WithMessage("Give between 1 and 120 business days.");
        RuleFor(f => f.ResolveNormalDays).InclusiveBetween(1, 120).WithMessage("Give between 1 and 120 business days.")
            .GreaterThanOrEqualTo(f => f.ResolveHighDays).WithMessage("Normal urgency cannot be faster than high urgency.");
        RuleFor(f => f.ResolveLowDays).InclusiveBetween(1, 120).WithMessage("Give between 1 and 120 business days.")
            .GreaterThanOrEqualTo(f => f.ResolveNormalDays).WithMessage("Low urgency cannot be faster than normal urgency.");
    }
}

public sealed class HolidayForm
{
    public DateOnly? Date { get; set; }
    public string Name { get; set; } = "";
}

public sealed class HolidayFormValidator : AbstractValidator<HolidayForm>
{
    public HolidayFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the holiday's date.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Name the holiday.")
            .MaximumLength(ProgramHoliday.NameMaxLength).WithMessage($"Name the holiday in at most {ProgramHoliday.NameMaxLength} characters.");
    }
}

public sealed record HolidayRow(int Id, DateOnly Date, string Name);

public sealed record ClocksModel(ProgramHeader Program, ClockForm Form, IReadOnlyList<HolidayRow> Holidays)
{
    public HolidayForm Holiday { get; init; } = new();
}

// Staff set the program's TA response clocks (business days to a first answer and to a resolution by urgency) and
// the holidays they skip. A change applies to requests made after it; a request keeps the deadlines it was given.
public sealed class ClockSettingsHandler(AppDbContext db, CurrentProgram programs, AuditLog audit)
{
    public const string ConflictMessage = "Someone changed the clocks while you were editing. Their values are shown; yours were not saved.";

    public async Task<ClocksModel?> LoadAsync(ClockForm? typed = null, HolidayForm? typedHoliday = null)
    {
        if (await programs.TodayAsync() is not { } today)
            return null;
        var settings = await db.TaClockSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramEditionId == today.Program.Id) ?? new TaClockSettings();
        var holidays = await db.ProgramHolidays.AsNoTracking().Where(h => h.ProgramEditionId == today.Program.Id).OrderBy(h => h.Date)
            .Select(h => new HolidayRow(h.Id, h.Date, h.Name)).ToListAsync();
        return new ClocksModel(today.Program, typed ?? new ClockForm
        {
            FirstAnswerDays = settings.FirstAnswerDays, ResolveHighDays = settings.ResolveHighDays, ResolveNormalDays = settings.ResolveNormalDays,
            ResolveLowDays = settings.ResolveLowDays, Version = settings.Version,
        }, holidays)
        {
            Holiday = typedHoliday ?? new HolidayForm(),
        };
    }

    public async Task<Outcome> SaveAsync(ClockForm form)
    {
        if (await programs.TodayAsync() is not { } today)
            return Outcome.NotFound;
        var settings = await db.TaClockSettings.FirstOrDefaultAsync(s => s.ProgramEditionId == today.Program.Id);
        var before = settings is null ? null : new { settings.FirstAnswerDays, settings.ResolveHighDays, settings.ResolveNormalDays, settings.ResolveLowDays };
        if (settings is null)
        {
            settings = new TaClockSettings { ProgramEditionId = today.Program.Id, Version = form.Version };
            db.TaClockSettings.Add(settings);
        }
        else if (settings.Version != form.Version)
            return Outcome.Conflict(ConflictMessage);
        else
            db.Entry(settings).Property(s => s.Version).OriginalValue = form.Version;
        (settings.FirstAnswerDays, settings.ResolveHighDays, settings.ResolveNormalDays, settings.ResolveLowDays) =
            (form.FirstAnswerDays, form.ResolveHighDays, form.ResolveNormalDays, form.ResolveLowDays);
        settings.Version = Guid.NewGuid();
        audit.Record(AuditActions.TaClocksChanged, nameof(TaClockSettings), today.Program.Id.ToString(), "TA response clocks changed", before,
            new { form.FirstAnswerDays, form.ResolveHighDays, form.ResolveNormalDays, form.ResolveLowDays });
        try
        {
            await db.SaveChangesAsync();
            return Outcome.Done;
        }
        catch (DbUpdateException)
        {
            // Saved by someone else first: a changed version, or the row made twice at once.
            db.ChangeTracker.Clear();
            return Outcome.Conflict(ConflictMessage);
        }
    }

    public async Task<Outcome> AddHolidayAsync(HolidayForm form)
    {
        if (await programs.TodayAsync() is not { } today)
            return Outcome.NotFound;
        var (date, name) = (form.Date!.Value, form.Name.Trim());
        if (await db.ProgramHolidays.AnyAsync(h => h.ProgramEditionId == today.Program.Id && h.Date == date))
            return Outcome.Invalid(nameof(HolidayForm.Date), "That day is already a holiday.");
        db.ProgramHolidays.Add(new ProgramHoliday { ProgramEditionId = today.Program.Id, Date = date, Name = name });
        audit.Record(AuditActions.TaClocksChanged, nameof(ProgramHoliday), today.Program.Id.ToString(), $"Holiday added: {name}, {date:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(nameof(HolidayForm.Date), "That day is already a holiday.");
        }
        return Outcome.Done;
    }

    public async Task<Outcome> RemoveHolidayAsync(int id)
    {
        if (await programs.TodayAsync() is not { } today)
            return Outcome.NotFound;
        var holiday = await db.ProgramHolidays.FirstOrDefaultAsync(h => h.Id == id && h.ProgramEditionId == today.Program.Id);
        if (holiday is null)
            return Outcome.NotFound;
        db.ProgramHolidays.Remove(holiday);
        audit.Record(AuditActions.TaClocksChanged, nameof(ProgramHoliday), today.Program.Id.ToString(), $"Holiday removed: {holiday.Name}, {holiday.Date:yyyy-MM-dd}");
        await db.SaveChangesAsync();
        return Outcome.Done;
    }
}
