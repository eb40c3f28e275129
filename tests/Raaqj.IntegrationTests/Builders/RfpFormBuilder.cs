namespace Raaqj.IntegrationTests.Builders;

// The fields of a valid request-for-action form, as the edit page posts them; change what a test is about.
public sealed class RfpFormBuilder
{
    private readonly Dictionary<string, string> fields = new()
    {
        ["Form.Title"] = "Second round: Regional Request for Action",
        ["Form.Summary"] = "A second cohort of regions.",
        ["Form.Eligibility"] = "Permanent, place-based anchor organizations.",
        ["Form.ProgramDescription"] = "Twelve months of support for a regional job quality action plan.",
        ["Form.TimeZoneId"] = "America/Chicago",
        ["Form.OpensAtLocal"] = "2027-03-01T09:00",
        ["Form.ClosesAtLocal"] = "2027-04-15T17:00",
        ["Form.ReviewStartsOn"] = "2027-04-16",
        ["Form.ReviewEndsOn"] = "2027-05-31",
        ["Form.CohortSize"] = "6",
    };

    private readonly List<(string Title, int Weight, int Min, int Max, int Id)> criteria = [("Strategy", 60, 1, 5, 0), ("Partnerships", 40, 1, 5, 0)];

    public RfpFormBuilder With(string field, string value)
    {
        fields["Form." + field] = value;
        return this;
    }

    public RfpFormBuilder WithCriteria(params (string Title, int Weight)[] items)
    {
        criteria.Clear();
        criteria.AddRange(items.Select(i => (i.Title, i.Weight, 1, 5, 0)));
        return this;
    }

    public RfpFormBuilder WithCriteria(params (string Title, int Weight, int Min, int Max, int Id)[] items)
    {
        criteria.Clear();
        criteria.AddRange(items);
        return this;
    }

    public IEnumerable<KeyValuePair<string, string>> Build(Guid? version = null)
    {
        foreach (var field in fields)
            yield return field;
        if (version is not null)
            yield return new("Form.Version", version.Value.ToString());
        for (var i = 0; i < criteria.Count; i++)
        {
            var (title, weight, min, max, id) = criteria[i];
            yield return new($"Form.Criteria[{i}].Id", id.ToString());
            yield return new($"Form.Criteria[{i}].Title", title);
            yield return new($"Form.Criteria[{i}].Guidance", "How well the proposal does this.");
            yield return new($"Form.Criteria[{i}].Weight", weight.ToString());
            yield return new($"Form.Criteria[{i}].ScaleMin", min.ToString());
            yield return new($"Form.Criteria[{i}].ScaleMax", max.ToString());
        }
        yield return new("intent", "save");
    }
}
