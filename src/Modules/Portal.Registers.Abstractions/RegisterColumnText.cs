namespace Portal.Registers;

/// <summary>The heading a printed register gives a column, in the words of the official forms.</summary>
public static class RegisterColumnText
{
    public static string Of(RegisterColumn column) => column switch
    {
        RegisterColumn.ArrivalDate => "Ngày đến",
        RegisterColumn.ArrivalNumber => "Số đến",
        RegisterColumn.Issuer => "Tác giả",
        RegisterColumn.NumberAndSymbol => "Số, ký hiệu",
        RegisterColumn.DocumentDate => "Ngày tháng",
        RegisterColumn.TypeAndSubject => "Tên loại và trích yếu",
        RegisterColumn.Classification => "Độ mật",
        RegisterColumn.CopyCount => "Số lượng bản",
        RegisterColumn.Signer => "Người ký",
        RegisterColumn.Recipient => "Đơn vị hoặc người nhận",
        RegisterColumn.HandOverDate => "Ngày chuyển",
        RegisterColumn.HandedOverBy => "Người giao",
        RegisterColumn.ReceiptSignature => "Ký nhận",
        RegisterColumn.Notes => "Ghi chú",
        _ => column.ToString(),
    };
}
