namespace Portal.Access;

/// <summary>Why a person is on a document's access list.</summary>
public enum AccessPosition
{
    RegisteringClerk = 1,
    LeadHandler = 2,
    CoHandler = 3,
    ForInformation = 4,
    Approver = 5,
    Signer = 6,
    Addressee = 7,
    /// <summary>Granted by a person entitled to, with a recorded reason.</summary>
    Grant = 8,
}
