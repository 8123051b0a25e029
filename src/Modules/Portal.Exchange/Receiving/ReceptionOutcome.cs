namespace Portal.Exchange.Receiving;

internal enum ReceptionOutcome
{
    Accepted,
    AlreadyReceived,
    Refused,
    Unauthenticated,
}
