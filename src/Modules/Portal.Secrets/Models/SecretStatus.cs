namespace Portal.Secrets.Models;

public enum SecretStatus
{
    Protected = 1,
    Declassified = 2,
    Destroyed = 3,
}
