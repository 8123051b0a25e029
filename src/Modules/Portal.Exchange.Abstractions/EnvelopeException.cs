namespace Portal.Exchange;

/// <summary>An envelope refused on arrival, with the reason in Vietnamese for the clerk and the audit trail.</summary>
public sealed class EnvelopeException(EnvelopeRefusal refusal)
    : Exception(refusal switch
    {
        EnvelopeRefusal.WrongRecipient => "Phong bì không gửi cho cơ quan này nên không được tiếp nhận.",
        EnvelopeRefusal.UnknownSender => "Cơ quan gửi không có trong danh bạ liên thông nên không kiểm tra được chữ ký; phong bì không được tiếp nhận.",
        _ => "Phong bì đã bị thay đổi sau khi gửi (chữ ký hoặc nội dung không khớp) nên không được tiếp nhận.",
    })
{
    public EnvelopeRefusal Refusal { get; } = refusal;
}
