using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Raaqj.Web.Data;
using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Audit;
using Raaqj.Web.Domain.Reviews;
using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Auditing;

namespace Raaqj.Web.Features.Reviews;

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

// Before a proposal opens, its reviewer declares any conflict with the applicant; a conflict ends the assignment for good.
public sealed class DeclareConflictHandler(AppDbContext db, CurrentUser user, ProgramClock clock, AuditLog audit)
{
    public async Task<Outcome> Handle(int proposalId, DeclarationForm form)
    {
        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.ProposalId == proposalId && a.ReviewerUserId == user.Id);
        if (assignment is null)
            return Outcome.NotFound;
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
        return Outcome.Done;
    }
}
