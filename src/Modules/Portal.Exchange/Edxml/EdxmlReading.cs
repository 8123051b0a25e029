using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Portal.Core;

namespace Portal.Exchange.Edxml;

/// <summary>
/// Reads an edXML package from outside (docs/edxml.md) and refuses it whole, every problem named in Vietnamese: not
/// XML, a DTD or entity of any kind (so no external entity and no entity expansion), larger than
/// <see cref="MaxBytes"/>, a required element missing, a date or number that is not one, no Portal classification,
/// Tuyệt mật (Portal keeps none), or an attachment that is not a PDF.
/// </summary>
internal static class EdxmlReading
{
    // Under the server's default request body limit (30 MB), so the refusal is ours and in Vietnamese.
    public const int MaxBytes = 20 * 1024 * 1024;
    public const string TooLarge = "Gói edXML vượt quá giới hạn 20 MB.";

    private static readonly XNamespace Ed = EdxmlFormat.Namespace;

    public static ImportedPackage Read(Stream xml)
    {
        var document = Parse(xml);
        var errors = new List<string>();
        var header = document.Root is { } root && root.Name == Ed + "edXMLEnvelope" ? root.Element(Ed + "edXMLHeader") : null;
        if (header is null)
            throw new RequestRefusedException("Tệp không phải gói edXML: thiếu phần tử edXMLEnvelope/edXMLHeader.");
        var message = header.Element(Ed + "MessageHeader");
        string Required(string label, params string[] path)
        {
            var value = path.Aggregate(message, (e, name) => e?.Element(Ed + name))?.Value.Trim() ?? "";
            if (value.Length == 0)
                errors.Add($"Thiếu {label} ({string.Join("/", path)}).");
            return value;
        }
        var senderCode = Required("mã định danh cơ quan gửi", "From", "OrganId");
        var senderName = Required("tên cơ quan gửi", "From", "OrganName");
        var number = Required("số văn bản", "Code", "CodeNumber");
        var notation = Required("ký hiệu văn bản", "Code", "CodeNotation");
        var dateText = Required("ngày ban hành", "PromulgationInfo", "PromulgationDate");
        var subject = Required("trích yếu", "Subject");
        var typeName = Required("tên loại văn bản", "DocumentType", "TypeName");
        var signer = message?.Element(Ed + "SignerInfo")?.Element(Ed + "FullName")?.Value.Trim() ?? "";
        if (subject.Length > 500)
            errors.Add("Trích yếu dài quá 500 ký tự.");
        var issuedOn = DateOnly.MinValue;
        if (dateText.Length > 0 && !DateOnly.TryParseExact(dateText, [EdxmlFormat.DateFormat, "dd/MM/yyyy"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out issuedOn))
            errors.Add($"Ngày ban hành \"{dateText}\" không đúng dạng năm-tháng-ngày (yyyy-MM-dd).");
        var priority = message?.Element(Ed + "OtherInfo")?.Element(Ed + "Priority")?.Value.Trim() ?? "0";
        var urgency = EdxmlFormat.Urgency(priority);
        if (urgency is null)
            errors.Add($"Độ khẩn (OtherInfo/Priority) \"{priority}\" không phải một trong 0, 1, 2, 3, 4.");
        var amount = message?.Element(Ed + "OtherInfo")?.Element(Ed + "PromulgationAmount")?.Value.Trim();
        var copies = 1;
        if (amount is { Length: > 0 } && (!int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out copies) || copies is < 1 or > 10_000))
            errors.Add($"Số bản phát hành (OtherInfo/PromulgationAmount) \"{amount}\" không phải một số từ 1 đến 10.000.");
        var classification = header.Element(XName.Get("Classification", EdxmlFormat.PortalNamespace))?.Attribute("level")?.Value;
        var level = EdxmlFormat.Level(classification);
        if (classification is null)
            errors.Add("Gói edXML thiếu độ mật (phần tử portal:Classification): không tiếp nhận văn bản không rõ độ mật.");
        else if (level is null)
            errors.Add($"Độ mật \"{classification}\" không phải MAT, TOI_MAT hay TUYET_MAT.");
        else if (level == 3)
            errors.Add("Văn bản Tuyệt mật không được tiếp nhận qua gói edXML: chuyển theo đường giao liên.");
        var attachment = document.Root!.Element(Ed + "edXMLBody")?.Element(Ed + "Attachment");
        var pdf = Pdf(attachment, errors);
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);
        var fileName = attachment!.Element(Ed + "Description")?.Value.Trim() is { Length: > 0 and <= 200 } name ? name : "van-ban.pdf";
        return new ImportedPackage(senderCode, senderName, $"{number}/{notation}", issuedOn, typeName, subject, signer, level!.Value, urgency!,
            copies, fileName, pdf);
    }

    private static XDocument Parse(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0, MaxCharactersInDocument = MaxBytes,
        };
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new RequestRefusedException("Gói edXML không được chứa khai báo DOCTYPE hay thực thể (DTD): đã từ chối.");
        }
        catch (XmlException e)
        {
            throw new RequestRefusedException($"Tệp không phải XML hợp lệ (dòng {e.LineNumber}, cột {e.LinePosition}).");
        }
    }

    private static byte[] Pdf(XElement? attachment, List<string> errors)
    {
        if (attachment is null)
        {
            errors.Add("Gói edXML không có tệp đính kèm (edXMLBody/Attachment).");
            return [];
        }
        if (attachment.Element(Ed + "ContentType")?.Value.Trim() != "application/pdf")
            errors.Add("Tệp đính kèm phải là PDF (ContentType application/pdf).");
        try
        {
            var bytes = Convert.FromBase64String(attachment.Element(Ed + "Content")?.Value ?? "");
            if (bytes.Length < 5 || !bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
                errors.Add("Nội dung tệp đính kèm không phải tệp PDF.");
            return bytes;
        }
        catch (FormatException)
        {
            errors.Add("Nội dung tệp đính kèm không phải base64 hợp lệ.");
            return [];
        }
    }
}
