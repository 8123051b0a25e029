using Microsoft.EntityFrameworkCore;
using Portal.Templates.Models;

namespace Portal.Templates.Services;

/// <summary>Composes a document from the tenant's template for its type (<see cref="IDocumentComposer"/>).</summary>
internal sealed class DocumentComposer(TemplatesDb db) : IDocumentComposer
{
    public async Task<string> ComposeAsync(string typeCode, DocumentFields fields, DocumentMarks marks, CancellationToken cancellationToken) =>
        DocumentPage.Document(await ComposeBodyAsync(typeCode, fields, marks, cancellationToken));

    public async Task<string> ComposeBodyAsync(string typeCode, DocumentFields fields, DocumentMarks marks, CancellationToken cancellationToken)
    {
        var type = DocumentTypes.Find(typeCode) ?? throw new TemplateRefusedException($"Không có loại văn bản '{typeCode}'.");
        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.TypeCode == typeCode, cancellationToken)
            ?? throw new TemplateRefusedException($"Cơ quan chưa có mẫu {type.Name}: quản trị hệ thống cần thêm mẫu.");
        return TemplateRules.Apply(template.Source, type, fields, marks, SandboxLimits.Default);
    }

    public string ComposeWith(string templateSource, DocumentType type, DocumentFields fields, DocumentMarks marks) =>
        TemplateRules.Compose(templateSource, type, fields, marks, SandboxLimits.Default);
}
