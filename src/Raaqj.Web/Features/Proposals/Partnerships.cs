using FluentValidation;
using Raaqj.Web.Domain.Proposals;

namespace Raaqj.Web.Features.Proposals;

public sealed class PartnershipsForm : RowsSectionForm<PartnershipsForm.Row>
{
    public sealed class Row : RowSync.IRowForm
    {
        public int Id { get; set; }
        public string Partner { get; set; } = "";
        public int? StartYear { get; set; }
        public int? EndYear { get; set; }
        public string Achievements { get; set; } = "";
        public bool WithProgramOrganization { get; set; }
        public bool Remove { get; set; }
    }

    public static PartnershipsForm From(Proposal p) => new()
    {
        Version = p.PartnershipsVersion,
        Rows = p.Partnerships.OrderBy(s => s.Position).Select(s => new Row
        {
            Id = s.Id, Partner = s.Partner, StartYear = s.StartYear, EndYear = s.EndYear, Achievements = s.Achievements,
            WithProgramOrganization = s.WithProgramOrganization,
        }).ToList(),
    };


    public void ApplyTo(Proposal p) =>
        RowSync.Apply(p.Partnerships, Rows, s => s.Id, (form, row, position) =>
        {
            row.Position = position;
            row.Partner = form.Partner.Trim();
            row.StartYear = form.StartYear!.Value;
            row.EndYear = form.EndYear;
            row.Achievements = form.Achievements.Trim();
            row.WithProgramOrganization = form.WithProgramOrganization;
        });
}

public sealed class PartnershipsFormValidator : AbstractValidator<PartnershipsForm>
{
    public PartnershipsFormValidator(TimeProvider time) =>
        RuleForEach(f => f.Rows).ChildRules(row => row.When(r => !r.Remove, () =>
        {
            var thisYear = time.GetUtcNow().Year;
            row.RuleFor(r => r.Partner).NotEmpty().WithMessage("Name the partner.").MaximumLength(PastPartnership.PartnerMaxLength);
            row.RuleFor(r => r.StartYear).NotNull().WithMessage("Enter the year it began.")
                .InclusiveBetween(1900, thisYear).WithMessage($"Enter a year from 1900 to {thisYear}.");
            row.RuleFor(r => r.EndYear).GreaterThanOrEqualTo(r => r.StartYear).When(r => r.EndYear is not null && r.StartYear is not null)
                .WithMessage("The end year cannot be before the start year.")
                .LessThanOrEqualTo(thisYear + 10).WithMessage("Enter a realistic end year, or leave it empty if ongoing.");
            row.RuleFor(r => r.Achievements).MaximumLength(PastPartnership.AchievementsMaxLength).WithMessage($"Keep this under {PastPartnership.AchievementsMaxLength} characters.");
        }));
}
