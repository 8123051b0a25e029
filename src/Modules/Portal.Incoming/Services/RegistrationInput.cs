namespace Portal.Incoming.Services;

/// <summary>
/// What the clerk enters, as typed: the registration form and the JSON API both send this, so every
/// value (numbers and dates included) is checked in one place with Vietnamese messages.
/// </summary>
public sealed class RegistrationInput
{
    public string? Book { get; set; }
    /// <summary>Thời điểm đến: "yyyy-MM-ddTHH:mm" in Vietnam time, or with an offset; empty for now.</summary>
    public string? ArrivedAt { get; set; }
    public string? Sender { get; set; }
    public string? NumberSymbol { get; set; }
    /// <summary>"yyyy-MM-dd" or "dd/MM/yyyy".</summary>
    public string? DocumentDate { get; set; }
    public string? DocumentType { get; set; }
    public string? Subject { get; set; }
    /// <summary>"mat" or "toi-mat".</summary>
    public string? Level { get; set; }
    /// <summary>"", "khan", "thuong-khan" or "hoa-toc".</summary>
    public string? Urgency { get; set; }
    public string? PageCount { get; set; }
    public string? CopyCount { get; set; }
    /// <summary>The protection period in years written on the document, when it states one: empty otherwise.</summary>
    public string? ProtectionYears { get; set; }
    public string? Deadline { get; set; }
    public string? Dossier { get; set; }
    public string? Notes { get; set; }
    /// <summary>"Chỉ người có tên mới được bóc bì": registered from the envelope, opened only by <see cref="Addressee"/>.</summary>
    public bool AddresseeOnly { get; set; }
    /// <summary>The addressee's user name.</summary>
    public string? Addressee { get; set; }
    /// <summary>Why the clerk registers it although a possible duplicate exists.</summary>
    public string? DuplicateReason { get; set; }
    /// <summary>The OCR job the form was pre-filled from: its scan becomes the document's attachment, once.</summary>
    public string? OcrJob { get; set; }
}
