namespace Raaqj.Web.Domain.Geography;

// A county or county equivalent, identified by its five-digit FIPS code (state FIPS + county FIPS).
public sealed record County(string Fips, string Name, string StateCode, string StateName)
{
    public const int FipsLength = 5;

    public string Label => $"{Name}, {StateCode}";
}
