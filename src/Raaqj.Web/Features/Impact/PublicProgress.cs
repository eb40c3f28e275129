using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Impact;
using Raaqj.Web.Domain.Timeline;
using Raaqj.Web.Features.Timeline;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Impact;

public sealed record PublicProgressModel(ProgramToday Today, IReadOnlyList<TargetFigure> Targets);

// The program's public progress page, when staff switch it on: its commitment and its targets as computed, and
// nothing else (no funder, person, organization or region record). Off, it does not exist (404).
public sealed class PublicProgressHandler(AppDbContext db, CurrentProgram programs, ProgramFigures figures, AuditLog audit)
{
    public async Task<PublicProgressModel?> PageAsync(int programId) =>
        await programs.FindAsync(programId) is { } program && await IsOnAsync(programId)
            ? new PublicProgressModel(programs.Today(program), await figures.TargetsAsync(program))
            : null;

    public Task<bool> IsOnAsync(int programId) => db.ProgramEditions.AnyAsync(p => p.Id == programId && p.PublicProgress);

    public async Task<Outcome> SetAsync(int programId, bool on)
    {
        if (await db.ProgramEditions.FirstOrDefaultAsync(p => p.Id == programId) is not { } program)
            return Outcome.NotFound;
        if (program.PublicProgress == on)
            return Outcome.Done;
        program.PublicProgress = on;
        program.Version = Guid.NewGuid();
        audit.Record(AuditActions.PublicProgressChanged, nameof(ProgramEdition), program.Id.ToString(),
            $"Public progress page of {program.Name} switched {(on ? "on" : "off")}", new { PublicProgress = !on }, new { PublicProgress = on });
        return await db.SaveOrConflictAsync("The program's settings changed at the same moment. Look at the page again and choose.");
    }
}
