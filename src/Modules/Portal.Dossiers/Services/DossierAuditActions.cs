namespace Portal.Dossiers.Services;

/// <summary>The audit codes of dossiers (target kind "dossier", target id the dossier's id) and their Vietnamese names.</summary>
public static class DossierAuditActions
{
    public const string CatalogueAdded = "dossier.catalogue-added";
    public const string Opened = "dossier.opened";
    public const string Read = "dossier.read";
    public const string DocumentAdded = "dossier.document-added";
    public const string Closed = "dossier.closed";
    public const string HandedOver = "dossier.handed-over";
    public const string ContentsPrinted = "dossier.contents-printed";
    public const string HandOverPrinted = "dossier.hand-over-printed";
    public const string Exported = "dossier.exported";
    public const string PdfExported = "dossier.pdf-exported";
    public const string CustodyTransferred = "dossier.custody-transferred";
    public const string HandOverWarned = "dossier.hand-over-warned";
    public const string CatalogueTarget = "dossier-catalogue";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [CatalogueAdded] = "Thêm hồ sơ vào danh mục hồ sơ",
        [Opened] = "Mở hồ sơ",
        [Read] = "Xem hồ sơ",
        [DocumentAdded] = "Đưa văn bản vào hồ sơ",
        [Closed] = "Kết thúc hồ sơ",
        [HandedOver] = "Nộp lưu hồ sơ vào Lưu trữ cơ quan",
        [ContentsPrinted] = "In mục lục văn bản của hồ sơ",
        [HandOverPrinted] = "In biên bản giao nhận hồ sơ",
        [Exported] = "Xuất hồ sơ ra XML",
        [PdfExported] = "Xuất toàn bộ hồ sơ ra PDF",
        [CustodyTransferred] = "Bàn giao khi thôi việc / chuyển công tác",
        [HandOverWarned] = "Báo sắp đến hạn nộp lưu hồ sơ",
    };
}
