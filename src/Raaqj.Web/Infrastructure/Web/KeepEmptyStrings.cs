using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Raaqj.Web.Infrastructure.Web;

// An empty text box binds as "" rather than null, so forms' non-nullable strings stay non-null and
// "required" is decided by the FluentValidation rules alone.
public sealed class KeepEmptyStrings : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string))
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
    }
}
