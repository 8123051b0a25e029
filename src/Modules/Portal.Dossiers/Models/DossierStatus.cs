namespace Portal.Dossiers.Models;

public enum DossierStatus
{
    Open = 1,
    Closed = 2,
    HandedOver = 3,
}
