namespace Portal.Incoming.Models;

/// <summary>Why a person takes part in an incoming document; each participant is also on its access list.</summary>
public enum ParticipantRole
{
    Clerk = 1,
    Leader = 2,
    LeadHandler = 3,
    CoHandler = 4,
    ForInformation = 5,
    Addressee = 6,
}
