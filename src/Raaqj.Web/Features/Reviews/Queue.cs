using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Reviews;

public sealed record QueueItem(int ProposalId, string Organization, string Region, IReadOnlyList<string> CountyStates, DateOnly DueOn, ConflictKind? Declared, ReviewStatus? Review)
{
    public IReadOnlyList<string> States => CountyStates.Distinct().Order().ToList();
}

public sealed class DeclarationForm
{
    public ConflictKind? Kind { get; set; }
    public string Note { get; set; } = "";
}

public sealed class DeclarationFormValidator : AbstractValidator<DeclarationForm>
{
    public DeclarationFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Say whether you have a conflict with this applicant.").IsInEnum();
        RuleFor(f => f.Note).MaximumLength(ConflictDeclaration.NoteMaxLength);
    }
}

/// <summary>A reviewer's own queue. Before a proposal opens, the reviewer declares any conflict with its applicant; a conflict ends the assignment for good.</summary>
public sealed class QueueHandler(AppDbContext db, CurrentUser user, ProgramClock clock, AuditLog audit)
{
    public async Task<IReadOnlyList<QueueItem>> Mine()
    {
        var me = user.Id;
        return await db.ReviewAssignments.AsNoTracking().Where(a => a.ReviewerUserId == me)
            .Join(db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new { a, p })
            .Join(db.Organizations, x => x.p.OrganizationId, o => o.Id, (x, o) => new { x.a, x.p, o.LegalName })
            .OrderBy(x => x.a.DueOn).ThenBy(x => x.LegalName)
            .Select(x => new QueueItem(x.p.Id, x.LegalName, x.p.RegionName, x.p.Counties.Select(c => c.StateCode).ToList(), x.a.DueOn,
                db.ConflictDeclarations.Where(c => c.ProposalId == x.p.Id && c.ReviewerUserId == me).Select(c => (ConflictKind?)c.Kind).FirstOrDefault(),
                db.Reviews.Where(r => r.ProposalId == x.p.Id && r.ReviewerUserId == me).Select(r => (ReviewStatus?)r.Status).FirstOrDefault()))
            .ToListAsync();
    }

    /// <summary>False when the proposal is not assigned to this reviewer (404).</summary>
    public async Task<bool> Declare(int proposalId, DeclarationForm form)
    {
        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.ProposalId == proposalId && a.ReviewerUserId == user.Id);
        if (assignment is null)
            return false;
        var declaration = await db.ConflictDeclarations.FirstOrDefaultAsync(c => c.ProposalId == proposalId && c.ReviewerUserId == user.Id);
        if (declaration is null)
        {
            declaration = new ConflictDeclaration { ProposalId = proposalId, ReviewerUserId = user.Id! };
            db.ConflictDeclarations.Add(declaration);
        }
        declaration.Kind = form.Kind!.Value;
        declaration.Note = form.Note.Trim();
        declaration.DeclaredAtUtc = clock.UtcNow;
        if (declaration.IsConflict)
            db.ReviewAssignments.Remove(assignment);
        audit.Record(AuditActions.ConflictDeclared, "Proposal", proposalId.ToString(),
            declaration.IsConflict ? $"{user.Email} declared a conflict ({declaration.Kind}) and was taken off the proposal" : $"{user.Email} declared no conflict",
            after: new { Kind = declaration.Kind.ToString(), declaration.Note });
        await db.SaveChangesAsync();
        return true;
    }
}
