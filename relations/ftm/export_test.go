package ftm

// DerivedID is derivedID, for the tests of package ftm_test.
var DerivedID = derivedID
