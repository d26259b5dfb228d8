pub struct Date;
