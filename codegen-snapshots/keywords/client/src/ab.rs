//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::ab`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab5Params {
    pub ab2: ::std::option::Option<::std::string::String>,
    pub ab3: ::std::option::Option<::std::string::String>,
    pub ab4: ::std::option::Option<::std::string::String>,
}
impl Ab5Params {
    /// Sets `ab2`.
    #[must_use]
    pub fn ab2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ab3`.
    #[must_use]
    pub fn ab3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ab4`.
    #[must_use]
    pub fn ab4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::ab`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab5OkHeaders {
    pub ab: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::ab`].
#[derive(Debug, Clone, PartialEq)]
pub enum Ab5Response {
    /// ok
    Ok { body: super::types::Everything, headers: Ab5OkHeaders },
}
/// Documented error responses of [`super::Client::ab`].
#[derive(Debug, Clone, PartialEq)]
pub enum Ab5Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::ab_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AbPost5Error {}
impl super::Client {
    /// */ operation AB "#
    ///
    /// `GET /op76/{AB}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ab(
        &self,
        ab: &str,
        params: &Ab5Params,
    ) -> ::std::result::Result<Ab5Response, super::Error<Ab5Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op76/");
        url.push_str(
            &super::runtime::path_param(
                "AB",
                &super::runtime::to_value("AB", &ab)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.ab2 {
            let v = super::runtime::to_value("AB", v)?;
            super::runtime::push_param(&mut query, "AB", &v, "form", true);
        }
        if let Some(v) = &params.ab3 {
            let v = super::runtime::to_value("AB", v)?;
            headers.push(("AB", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.ab4 {
            let v = super::runtime::to_value("AB", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "AB", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[76usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("ab", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "AB", method = "GET", path = "/op76/{AB}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ab", status, &response_headers);
        match status {
            200 => {
                let headers = Ab5OkHeaders {
                    ab: super::runtime::optional_header(&response_headers, "AB", status)?,
                };
                Ok(Ab5Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Ab5Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Ab5Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Ab5Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op76/{AB}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn ab_post(
        &self,
        ab: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AbPost5Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op76/");
        url.push_str(
            &super::runtime::path_param(
                "AB",
                &super::runtime::to_value("AB", &ab)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self.run_request_hooks("ab_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "AB_post", method = "POST", path =
            "/op76/{AB}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("ab_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AbPost5Error,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
