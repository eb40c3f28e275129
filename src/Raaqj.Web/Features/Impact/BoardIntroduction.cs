using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Impact;

public sealed class IntroductionForm
{
    public string Text { get; set; } = "";
    public Guid? Version { get; set; }
}

public sealed class IntroductionFormValidator : AbstractValidator<IntroductionForm>
{
    public IntroductionFormValidator() =>
        RuleFor(f => f.Text).MaximumLength(BoardReportIntroduction.TextMaxLength)
            .WithMessage($"Keep the introduction within {BoardReportIntroduction.TextMaxLength:N0} characters: the board reads it on the first page.");
}

public sealed record BoardIntroduction(string Text, string WrittenBy, DateTime UpdatedAtUtc, Guid Version);

// The report page: the report drafted from the records, the team's introduction above it, and the form to write it
// (open, with what was typed, when it was refused).
public sealed record BoardReportPage(BoardReportModel Report, BoardIntroduction? Introduction, IntroductionForm Form, bool Editing);

// The program team's introduction to the report: written by staff, one a program, changes detected by its version.
public sealed class BoardIntroductionHandler(AppDbContext db, BoardReportHandler reports, CurrentUser user, AuditLog audit, ProgramClock clock)
{
    public async Task<BoardReportPage?> PageAsync(int programId, IntroductionForm? typed = null)
    {
        if (await reports.Handle(programId) is not { } report)
            return null;
        var introduction = await db.BoardReportIntroductions.AsNoTracking().Where(i => i.ProgramEditionId == programId)
            .Select(i => new BoardIntroduction(i.Text, db.Users.Where(u => u.Id == i.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "", i.UpdatedAtUtc, i.Version))
            .FirstOrDefaultAsync();
        return new BoardReportPage(report, introduction, typed ?? new IntroductionForm { Text = introduction?.Text ?? "", Version = introduction?.Version }, typed is not null);
    }

    public async Task<Outcome> SaveAsync(int programId, IntroductionForm form)
    {
        if (!await db.ProgramEditions.AnyAsync(p => p.Id == programId))
            return Outcome.NotFound;
        var text = form.Text.Trim();
        var saved = await db.BoardReportIntroductions.FirstOrDefaultAsync(i => i.ProgramEditionId == programId);
        // The same words sent twice (a double click) are saved once.
        if (saved?.Text == text)
            return Outcome.Done;
        if (saved is not null && saved.Version != form.Version)
            return Outcome.Conflict("Someone else changed the introduction since you opened the report. Theirs is shown above; yours is still in the box: save again to replace theirs.");
        var before = saved?.Text;
        if (saved is null)
        {
            saved = new BoardReportIntroduction { ProgramEditionId = programId };
            db.BoardReportIntroductions.Add(saved);
        }
        saved.Text = text;
        saved.UpdatedByUserId = user.Id!;
        saved.UpdatedAtUtc = clock.UtcNow;
        saved.Version = Guid.NewGuid();
        audit.Record(AuditActions.BoardReportIntroductionSaved, nameof(BoardReportIntroduction), programId.ToString(), "Introduction to the program report saved",
            before is null ? null : new { Text = before }, new { Text = text });
        return await db.SaveOrConflictAsync("Someone else saved an introduction at the same moment. Look at theirs above, then save yours again.");
    }
}
