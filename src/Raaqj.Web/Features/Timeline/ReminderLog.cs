using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Features.Timeline;

public sealed record ReminderRow(DateTime SentAtUtc, ReminderKind Kind, int MilestoneId, string Milestone, string? Region, DateOnly DueOn, string? Owner);

public sealed record ReminderLogModel(ProgramToday Today, Page<ReminderRow> Rows)
{
    public ProgramHeader Program => Today.Program;
}

// The reminders sent for a program's milestones, newest first: who was told of what, and when.
public sealed class ReminderLogHandler(AppDbContext db, CurrentProgram programs)
{
    public async Task<ReminderLogModel?> Handle(int programId, int? page)
    {
        if (await programs.FindAsync(programId) is not { } program)
            return null;
        var query = db.MilestoneReminders.AsNoTracking().Join(db.Milestones.Where(m => m.ProgramEditionId == programId), r => r.MilestoneId, m => m.Id, (r, m) => new { r, m });
        var total = await query.CountAsync();
        var number = Page<ReminderRow>.Clamp(page);
        var rows = await query.OrderByDescending(x => x.r.SentAtUtc).ThenByDescending(x => x.r.Id).Skip((number - 1) * Page<ReminderRow>.DefaultSize).Take(Page<ReminderRow>.DefaultSize)
            .Select(x => new ReminderRow(x.r.SentAtUtc, x.r.Kind, x.m.Id, x.m.Title, x.m.Region == null ? null : x.m.Region.RegionName, x.r.DueOn,
                db.Users.Where(u => u.Id == x.r.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync();
        return new ReminderLogModel(programs.Today(program), new Page<ReminderRow>(rows, number, Page<ReminderRow>.DefaultSize, total));
    }
}
