using System.Security.Cryptography;
using System.Text;
using Raaqj.Web.Domain.Documents;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Data.Seed;

// Small real files for the demo's evidence: a one-page PDF that says what it stands for, stored through the one
// document store like any upload.
public static class DemoFiles
{
    public static async Task<T> PdfAsync<T>(DocumentStore store, string fileName, string text, string userId, DateTime atUtc) where T : Document, new()
    {
        var content = Pdf(text);
        var stored = await store.SaveAsync(new IncomingDocument(fileName, "application/pdf", content, Convert.ToHexString(SHA256.HashData(content))));
        return new T
        {
            FileName = fileName, StoredName = stored, ContentType = "application/pdf", SizeBytes = content.Length, Sha256 = Convert.ToHexString(SHA256.HashData(content)),
            UploadedByUserId = userId, UploadedAtUtc = atUtc,
        };
    }

    // A minimal PDF 1.4 with one line of text, its cross-reference table counted exactly.
    public static byte[] Pdf(string text)
    {
        var escaped = text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
        var stream = $"BT /F1 14 Tf 72 720 Td ({escaped}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
