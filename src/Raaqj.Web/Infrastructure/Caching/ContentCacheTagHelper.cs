using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Raaqj.Web.Infrastructure.Caching;

// Part of a page that shows content and nothing else (no form token, nothing of the person or the hour), kept rendered
// under the content stamp as ContentCache keeps data: a change on any instance is seen on every instance's next request.
// What else the part depends on (the list's query) goes in vary-by:
//   <content-cache vary-by="@Context.Request.QueryString">…</content-cache>
// The rendered parts live in the framework's bounded cache of the <cache> tag helper.
[HtmlTargetElement("content-cache")]
public sealed class ContentCacheTagHelper(CacheTagHelperMemoryCacheFactory factory, HtmlEncoder encoder, ContentCache content)
    : CacheTagHelper(factory, encoder)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var stamp = await content.StampAsync();
        Enabled = stamp is not null;
        VaryBy = $"{stamp}|{VaryBy}";
        ExpiresSliding ??= Keep;
        await base.ProcessAsync(context, output);
    }
}
