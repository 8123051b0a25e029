namespace Portal.Dossiers.Services;

/// <summary>The document to file does not exist for this person, whether it is missing or hidden: answered as a 404.</summary>
public sealed class DocumentNotFoundException() : Exception("Không tìm thấy văn bản.");
