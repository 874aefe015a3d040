       01 ACCT-BAL-REC.
          05 ACCT-NUMBER      PIC X(12).
          05 ACCT-BALANCE     PIC S9(11)V99 COMP-3.
          05 ACCT-CURRENCY    PIC X(3).
