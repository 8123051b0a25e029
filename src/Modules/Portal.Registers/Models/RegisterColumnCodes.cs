namespace Portal.Registers.Models;

/// <summary>
/// The codes that name a register's columns in recipes, forms and the database, and each kind's
/// default columns: the minimum of the official forms (DOMAIN.md §1.7) plus level and copy count.
/// </summary>
public static class RegisterColumnCodes
{
    private static readonly Dictionary<RegisterColumn, string> Codes = new()
    {
        [RegisterColumn.ArrivalDate] = "arrival-date",
        [RegisterColumn.ArrivalNumber] = "arrival-number",
        [RegisterColumn.Issuer] = "issuer",
        [RegisterColumn.NumberAndSymbol] = "number-symbol",
        [RegisterColumn.DocumentDate] = "document-date",
        [RegisterColumn.TypeAndSubject] = "type-subject",
        [RegisterColumn.Classification] = "classification",
        [RegisterColumn.CopyCount] = "copy-count",
        [RegisterColumn.Signer] = "signer",
        [RegisterColumn.Recipient] = "recipient",
        [RegisterColumn.HandOverDate] = "hand-over-date",
        [RegisterColumn.HandedOverBy] = "handed-over-by",
        [RegisterColumn.ReceiptSignature] = "receipt-signature",
        [RegisterColumn.Notes] = "notes",
    };

    private static readonly Dictionary<string, RegisterColumn> Columns = Codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);

    /// <summary>Every column, in the catalogue's order.</summary>
    public static IReadOnlyList<RegisterColumn> All { get; } = Enum.GetValues<RegisterColumn>();

    public static string Of(RegisterColumn column) => Codes[column];

    public static RegisterColumn? Parse(string code) => Columns.TryGetValue(code, out var column) ? column : null;

    public static IReadOnlyList<RegisterColumn> DefaultFor(RegisterKind kind) => kind switch
    {
        RegisterKind.Incoming =>
        [
            RegisterColumn.ArrivalDate, RegisterColumn.ArrivalNumber, RegisterColumn.Issuer, RegisterColumn.NumberAndSymbol,
            RegisterColumn.DocumentDate, RegisterColumn.TypeAndSubject, RegisterColumn.Classification, RegisterColumn.CopyCount,
            RegisterColumn.Recipient, RegisterColumn.HandOverDate, RegisterColumn.ReceiptSignature, RegisterColumn.Notes,
        ],
        RegisterKind.Outgoing =>
        [
            RegisterColumn.NumberAndSymbol, RegisterColumn.DocumentDate, RegisterColumn.TypeAndSubject, RegisterColumn.Classification,
            RegisterColumn.Signer, RegisterColumn.Recipient, RegisterColumn.CopyCount, RegisterColumn.HandOverDate,
            RegisterColumn.ReceiptSignature, RegisterColumn.Notes,
        ],
        _ =>
        [
            RegisterColumn.HandOverDate, RegisterColumn.ArrivalNumber, RegisterColumn.NumberAndSymbol, RegisterColumn.TypeAndSubject,
            RegisterColumn.Classification, RegisterColumn.CopyCount, RegisterColumn.HandedOverBy, RegisterColumn.Recipient,
            RegisterColumn.ReceiptSignature, RegisterColumn.Notes,
        ],
    };

    /// <summary>The columns a book prints: its own choice, or its kind's default when it has none.</summary>
    public static IReadOnlyList<RegisterColumn> OfBook(RegistrationBook book) => book.Columns.Length == 0
        ? DefaultFor(book.Kind)
        : book.Columns.Split(',').Select(c => Parse(c)).OfType<RegisterColumn>().ToList();

    public static string Join(IEnumerable<RegisterColumn> columns) => string.Join(",", columns.Select(Of));
}
