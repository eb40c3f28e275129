using Raaqj.Web.Domain;
using Raaqj.Web.Domain.Impact;

namespace Raaqj.Web.Features.Impact;

// How a target's figures read: dollars for money, whole numbers for the rest.
public static class TargetWording
{
    public static string Figure(TargetKind kind, decimal value) => ProgramTargets.IsMoney(kind) ? Money.Dollars(value) : value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    public static string Promised(TargetKind kind) => kind == TargetKind.Raised ? "pledged, still to come" : "pledged by the regions' contributors";

    public static string Unit(TargetKind kind) => kind switch
    {
        TargetKind.Regions => "regions",
        TargetKind.Stakeholders => "organizations",
        TargetKind.People => "people",
        _ => "dollars",
    };
}
