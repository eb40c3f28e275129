using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Caching;

namespace Raaqj.Web.Features.Timeline;

// A program edition as most pages need it: its calendar and phases.
public sealed record ProgramHeader(int Id, string Name, int? RequestForActionId, DateOnly StartsOn, string TimeZoneId, int Months, IReadOnlyList<PhaseSpan> Phases)
{
    public ProgramCalendar Calendar => new(StartsOn, TimeZoneId);
}

// Where a program stands on a day: its month and the phases that month is in.
public sealed record ProgramToday(ProgramHeader Program, DateOnly Today, int Month)
{
    public IReadOnlyList<PhaseSpan> Phases => ProgramPhases.On(Month, Program.Phases, p => p);

    public bool NotStarted => Month < 1;

    public bool Finished => Month > Program.Months;

    // "Month 10 of 12 · Regional planning", or where it stands before and after.
    public string InWords =>
        NotStarted ? $"Starts {ProgramClock.DateInWords(Program.StartsOn)}"
        : Finished ? $"Ended {ProgramClock.DateInWords(Program.Calendar.LastDayOf(Program.Months))}"
        : $"Month {Month} of {Program.Months}" + (Phases.Count == 0 ? "" : " · " + string.Join(" and ", Phases.Select(p => p.Name)));
}

// The program editions, read once per change of content (the staff dashboard and every program page ask), and the
// one staff work on by default: the one running today; else the latest that has started; else the next to start.
public sealed class CurrentProgram(AppDbContext db, ContentCache cache, ProgramClock clock)
{
    public Task<List<ProgramHeader>> AllAsync() => cache.GetAsync("programs", async () =>
        (await db.ProgramEditions.AsNoTracking().OrderBy(p => p.StartsOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.RequestForActionId, p.StartsOn, p.TimeZoneId, p.Months, Phases = p.Phases.OrderBy(f => f.Position).Select(f => new PhaseSpan(f.Name, f.FirstMonth, f.LastMonth)).ToList() })
            .ToListAsync())
        .Select(p => new ProgramHeader(p.Id, p.Name, p.RequestForActionId, p.StartsOn, p.TimeZoneId, p.Months, p.Phases)).ToList());

    public async Task<ProgramHeader?> FindAsync(int id) => (await AllAsync()).FirstOrDefault(p => p.Id == id);

    public async Task<ProgramToday?> TodayAsync()
    {
        var all = (await AllAsync()).Select(Today).ToList();
        return all.LastOrDefault(p => !p.NotStarted && !p.Finished) ?? all.LastOrDefault(p => !p.NotStarted) ?? all.FirstOrDefault();
    }

    public ProgramToday Today(ProgramHeader program)
    {
        var today = program.Calendar.DateAt(clock.UtcNow);
        return new ProgramToday(program, today, program.Calendar.MonthOn(today));
    }
}
