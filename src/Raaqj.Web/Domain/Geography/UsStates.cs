namespace Raaqj.Web.Domain.Geography;

// States, DC and the territories by postal code and FIPS code (the first two digits of a county's FIPS).
public static class UsStates
{
    public sealed record State(string Code, string Fips, string Name);

    public static readonly IReadOnlyList<State> All =
    [
        new("AL", "01", "Alabama"), new("AK", "02", "Alaska"), new("AZ", "04", "Arizona"), new("AR", "05", "Arkansas"),
        new("CA", "06", "California"), new("CO", "08", "Colorado"), new("CT", "09", "Connecticut"), new("DE", "10", "Delaware"),
        new("DC", "11", "District of Columbia"), new("FL", "12", "Florida"), new("GA", "13", "Georgia"), new("HI", "15", "Hawaii"),
        new("ID", "16", "Idaho"), new("IL", "17", "Illinois"), new("IN", "18", "Indiana"), new("IA", "19", "Iowa"),
        new("KS", "20", "Kansas"), new("KY", "21", "Kentucky"), new("LA", "22", "Louisiana"), new("ME", "23", "Maine"),
        new("MD", "24", "Maryland"), new("MA", "25", "Massachusetts"), new("MI", "26", "Michigan"), new("MN", "27", "Minnesota"),
        new("MS", "28", "Mississippi"), new("MO", "29", "Missouri"), new("MT", "30", "Montana"), new("NE", "31", "Nebraska"),
        new("NV", "32", "Nevada"), new("NH", "33", "New Hampshire"), new("NJ", "34", "New Jersey"), new("NM", "35", "New Mexico"),
        new("NY", "36", "New York"), new("NC", "37", "North Carolina"), new("ND", "38", "North Dakota"), new("OH", "39", "Ohio"),
        new("OK", "40", "Oklahoma"), new("OR", "41", "Oregon"), new("PA", "42", "Pennsylvania"), new("RI", "44", "Rhode Island"),
        new("SC", "45", "South Carolina"), new("SD", "46", "South Dakota"), new("TN", "47", "Tennessee"), new("TX", "48", "Texas"),
        new("UT", "49", "Utah"), new("VT", "50", "Vermont"), new("VA", "51", "Virginia"), new("WA", "53", "Washington"),
        new("WV", "54", "West Virginia"), new("WI", "55", "Wisconsin"), new("WY", "56", "Wyoming"), new("AS", "60", "American Samoa"), new("GU", "66", "Guam"),
        new("MP", "69", "Commonwealth of the Northern Mariana Islands"), new("PR", "72", "Puerto Rico"), new("VI", "78", "United States Virgin Islands"),
    ];

    public static State? ByCode(string? code) => All.FirstOrDefault(s => s.Code == code);

    public static State? ByFips(string? fips) => All.FirstOrDefault(s => s.Fips == fips);
}
