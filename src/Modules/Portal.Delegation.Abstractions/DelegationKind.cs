namespace Portal.Delegation;

/// <summary>How the deputy signs for the absent leader (Decree 30, Phụ lục I): the code is stored.</summary>
public enum DelegationKind
{
    /// <summary>KT. — a deputy (cấp phó) signs for the head.</summary>
    SignsFor,

    /// <summary>Q. — acting head.</summary>
    Acting,

    /// <summary>TUQ. — by written authorisation, limited in scope and time.</summary>
    Authorised,
}
