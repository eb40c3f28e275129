namespace Raaqj.Web.Domain.Geography;

// The Census Bureau's four regions, by state postal code; territories belong to none.
public static class CensusRegions
{
    public const string Northeast = "Northeast";
    public const string Midwest = "Midwest";
    public const string South = "South";
    public const string West = "West";

    public static readonly IReadOnlyList<string> All = [Northeast, Midwest, South, West];

    private static readonly Dictionary<string, string> ByState = new()
    {
        ["CT"] = Northeast, ["ME"] = Northeast, ["MA"] = Northeast, ["NH"] = Northeast, ["RI"] = Northeast, ["VT"] = Northeast,
        ["NJ"] = Northeast, ["NY"] = Northeast, ["PA"] = Northeast,
        ["IL"] = Midwest, ["IN"] = Midwest, ["MI"] = Midwest, ["OH"] = Midwest, ["WI"] = Midwest, ["IA"] = Midwest, ["KS"] = Midwest,
        ["MN"] = Midwest, ["MO"] = Midwest, ["NE"] = Midwest, ["ND"] = Midwest, ["SD"] = Midwest,
        ["DE"] = South, ["DC"] = South, ["FL"] = South, ["GA"] = South, ["MD"] = South, ["NC"] = South, ["SC"] = South, ["VA"] = South,
        ["WV"] = South, ["AL"] = South, ["KY"] = South, ["MS"] = South, ["TN"] = South, ["AR"] = South, ["LA"] = South, ["OK"] = South, ["TX"] = South,
        ["AZ"] = West, ["CO"] = West, ["ID"] = West, ["MT"] = West, ["NV"] = West, ["NM"] = West, ["UT"] = West, ["WY"] = West,
        ["AK"] = West, ["CA"] = West, ["HI"] = West, ["OR"] = West, ["WA"] = West,
    };

    public static string? Of(string stateCode) => ByState.GetValueOrDefault(stateCode);
}
