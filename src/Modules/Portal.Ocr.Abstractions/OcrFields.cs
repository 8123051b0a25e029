namespace Portal.Ocr;

/// <summary>The field keys of a read letter, the same as the samples' *.meta.json.</summary>
public static class OcrFields
{
    public const string AgencyParent = "agency_parent";
    public const string Agency = "agency";
    public const string Number = "number";
    public const string PlaceDate = "place_date";
    public const string Date = "date";
    public const string Type = "type";
    public const string Subject = "subject";
    public const string Classification = "classification";
    public const string Urgency = "urgency";
    public const string SignerTitle = "signer_title";
    public const string Signer = "signer";
    public const string Body = "body";
    public const string Recipients = "recipients";

    public static IReadOnlyList<string> All { get; } =
        [AgencyParent, Agency, Number, PlaceDate, Date, Type, Subject, Classification, Urgency, SignerTitle, Signer, Body, Recipients];
}
