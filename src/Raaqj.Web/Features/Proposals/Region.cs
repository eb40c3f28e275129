using FluentValidation;
using Raaqj.Web.Domain.Proposals;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Proposals;

public sealed class RegionForm : ISectionForm
{
    public Guid Version { get; set; }
    public string? Intent { get; set; }
    public string RegionName { get; set; } = "";
    public List<string> Counties { get; set; } = [];
    public string CountySearch { get; set; } = "";
    public bool IsPermanent { get; set; }
    public string PermanentEvidence { get; set; } = "";
    public bool IsPlaceBased { get; set; }
    public string PlaceBasedEvidence { get; set; } = "";
    public bool HasConvened { get; set; }
    public string ConvenedEvidence { get; set; } = "";

    public bool Redraw() => Intent == SectionIntents.Search;

    public static RegionForm From(Proposal p) => new()
    {
        Version = p.RegionVersion, RegionName = p.RegionName, Counties = p.Counties.Select(c => c.Fips).ToList(),
        IsPermanent = p.IsPermanent, PermanentEvidence = p.PermanentEvidence, IsPlaceBased = p.IsPlaceBased,
        PlaceBasedEvidence = p.PlaceBasedEvidence, HasConvened = p.HasConvened, ConvenedEvidence = p.ConvenedEvidence,
    };


    public void ApplyTo(Proposal p, CountyCatalog catalog)
    {
        p.RegionName = RegionName.Trim();
        p.IsPermanent = IsPermanent;
        p.PermanentEvidence = PermanentEvidence.Trim();
        p.IsPlaceBased = IsPlaceBased;
        p.PlaceBasedEvidence = PlaceBasedEvidence.Trim();
        p.HasConvened = HasConvened;
        p.ConvenedEvidence = ConvenedEvidence.Trim();
        var wanted = Counties.Distinct().ToHashSet();
        p.Counties.RemoveAll(c => !wanted.Contains(c.Fips));
        foreach (var fips in wanted.Where(f => p.Counties.All(c => c.Fips != f)))
            p.Counties.Add(new ProposalCounty { Fips = fips, StateCode = catalog.Find(fips)!.StateCode });
    }
}

public sealed class RegionFormValidator : AbstractValidator<RegionForm>
{
    public RegionFormValidator(CountyCatalog catalog)
    {
        RuleFor(f => f.RegionName).MaximumLength(Proposal.RegionNameMaxLength).WithMessage($"Keep the region's name under {Proposal.RegionNameMaxLength} characters.");
        RuleForEach(f => f.Counties).Must(fips => catalog.Find(fips) is not null).WithMessage("Choose counties from the list.");
        RuleFor(f => f.Counties).Must(c => c.Count <= 300).WithMessage("A region has at most 300 counties.");
        Evidence(f => f.PermanentEvidence, "permanence");
        Evidence(f => f.PlaceBasedEvidence, "place");
        Evidence(f => f.ConvenedEvidence, "convening");
    }

    private void Evidence(System.Linq.Expressions.Expression<Func<RegionForm, string>> field, string label) =>
        RuleFor(field)
            .Must(text => WordLimits.Count(text) <= WordLimits.Evidence).WithMessage($"Keep the evidence of {label} to {WordLimits.Evidence} words.")
            .MaximumLength(Proposal.EvidenceMaxLength).WithMessage($"Keep the evidence of {label} under {Proposal.EvidenceMaxLength} characters.");
}
