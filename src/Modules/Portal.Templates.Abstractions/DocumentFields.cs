namespace Portal.Templates;

/// <summary>
/// What a template may show, as plain values: the issuer under its parent body, the number and symbol
/// ("05/SNV-VP", or blank before numbering), place and date as written, subject, addressees ("Kính gửi"),
/// legal bases and body paragraphs, the authority line ("KT. GIÁM ĐỐC"), title and name of the signer,
/// recipients and the filing line ("Lưu: VT, VP."). No marks: those come from <see cref="DocumentMarks"/>.
/// </summary>
public sealed record DocumentFields
{
    /// <summary>
    /// The room left for what the clerk writes after the signature (the number, the day, month and year):
    /// non-breaking spaces, so the HTML keeps their width on the page the signer signs.
    /// </summary>
    public const string Blank = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

    public string ParentAgency { get; init; } = "";
    public required string Agency { get; init; }
    public string NumberAndSymbol { get; init; } = "";
    public required string Place { get; init; }
    public DateOnly? Date { get; init; }
    public required string Subject { get; init; }
    public IReadOnlyList<string> Addressees { get; init; } = [];
    public IReadOnlyList<string> LegalBases { get; init; } = [];
    public IReadOnlyList<string> Body { get; init; } = [];
    public string Authority { get; init; } = "";
    public required string SignerTitle { get; init; }
    public required string SignerName { get; init; }
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public required string Filing { get; init; }
}
