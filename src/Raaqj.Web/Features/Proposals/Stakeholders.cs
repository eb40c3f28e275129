using FluentValidation;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

public sealed class StakeholdersForm : RowsSectionForm<StakeholdersForm.Row>
{
    public sealed class Row : RowSync.IRowForm
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public StakeholderSector? Sector { get; set; }
        public string Role { get; set; } = "";
        public bool HasCommitmentLetter { get; set; }
        public bool Remove { get; set; }
    }

    public static StakeholdersForm From(Proposal p) => new()
    {
        Version = p.StakeholdersVersion,
        Rows = p.Stakeholders.OrderBy(s => s.Position)
            .Select(s => new Row { Id = s.Id, Name = s.Name, Sector = s.Sector, Role = s.Role, HasCommitmentLetter = s.HasCommitmentLetter }).ToList(),
    };


    public void ApplyTo(Proposal p) =>
        RowSync.Apply(p.Stakeholders, Rows, s => s.Id, (form, row, position) =>
        {
            row.Position = position;
            row.Name = form.Name.Trim();
            row.Sector = form.Sector!.Value;
            row.Role = form.Role.Trim();
            row.HasCommitmentLetter = form.HasCommitmentLetter;
        });
}

public sealed class StakeholdersFormValidator : AbstractValidator<StakeholdersForm>
{
    public StakeholdersFormValidator() =>
        RuleForEach(f => f.Rows).ChildRules(row => row.When(r => !r.Remove, () =>
        {
            row.RuleFor(r => r.Name).NotEmpty().WithMessage("Name the partner organization.").MaximumLength(Stakeholder.NameMaxLength);
            row.RuleFor(r => r.Sector).NotNull().WithMessage("Choose the sector.").IsInEnum().WithMessage("Choose the sector.");
            row.RuleFor(r => r.Role).MaximumLength(Stakeholder.RoleMaxLength).WithMessage($"Keep the role under {Stakeholder.RoleMaxLength} characters.");
        }));
}
