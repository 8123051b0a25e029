namespace Portal.Registers;

/// <summary>
/// A column a printed register may carry: those of the incoming register of Decree 30 (DOMAIN.md §1.7),
/// plus the classification, the copy count and the hand-over. Which columns a book prints, and in which
/// order, is the tenant's configuration, because the official forms are being revised.
/// </summary>
public enum RegisterColumn
{
    /// <summary>Ngày đến.</summary>
    ArrivalDate = 1,
    /// <summary>Số đến.</summary>
    ArrivalNumber = 2,
    /// <summary>Tác giả: the issuing agency.</summary>
    Issuer = 3,
    /// <summary>Số, ký hiệu.</summary>
    NumberAndSymbol = 4,
    /// <summary>Ngày tháng of the document.</summary>
    DocumentDate = 5,
    /// <summary>Tên loại và trích yếu; the subject is printed only where the tenant's setting for the level allows it.</summary>
    TypeAndSubject = 6,
    /// <summary>Độ mật.</summary>
    Classification = 7,
    /// <summary>Số lượng bản.</summary>
    CopyCount = 8,
    /// <summary>Người ký.</summary>
    Signer = 9,
    /// <summary>Đơn vị hoặc người nhận.</summary>
    Recipient = 10,
    /// <summary>Ngày chuyển.</summary>
    HandOverDate = 11,
    /// <summary>Người giao: who handed the item over.</summary>
    HandedOverBy = 12,
    /// <summary>Ký nhận.</summary>
    ReceiptSignature = 13,
    /// <summary>Ghi chú.</summary>
    Notes = 14,
}
