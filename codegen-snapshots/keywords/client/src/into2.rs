//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::into2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Into2Params {
    pub into2: ::std::option::Option<::std::string::String>,
    pub into3: ::std::option::Option<::std::string::String>,
    pub into4: ::std::option::Option<::std::string::String>,
}
impl Into2Params {
    /// Sets `into2`.
    #[must_use]
    pub fn into2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into3`.
    #[must_use]
    pub fn into3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into4`.
    #[must_use]
    pub fn into4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::into2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Into2OkHeaders {
    pub into: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::into2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Into2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Into2OkHeaders },
}
/// Documented error responses of [`super::Client::into2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Into2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::into_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum IntoPost2Error {}
impl super::Client {
    /// */ operation into "#
    ///
    /// `GET /op196/{into}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn into2(
        &self,
        into: &str,
        params: &Into2Params,
    ) -> ::std::result::Result<Into2Response, super::Error<Into2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op196/");
        url.push_str(
            &super::runtime::path_param(
                "into",
                &super::runtime::to_value("into", &into)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.into2 {
            let v = super::runtime::to_value("into", v)?;
            super::runtime::push_param(&mut query, "into", &v, "form", true);
        }
        if let Some(v) = &params.into3 {
            let v = super::runtime::to_value("into", v)?;
            headers.push(("into", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.into4 {
            let v = super::runtime::to_value("into", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "into", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[196usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("into2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "into", method = "GET", path =
            "/op196/{into}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("into2", status, &response_headers);
        match status {
            200 => {
                let headers = Into2OkHeaders {
                    into: super::runtime::optional_header(
                        &response_headers,
                        "into",
                        status,
                    )?,
                };
                Ok(Into2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Into2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Into2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Into2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op196/{into}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn into_post2(
        &self,
        into: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<IntoPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op196/");
        url.push_str(
            &super::runtime::path_param(
                "into",
                &super::runtime::to_value("into", &into)?,
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
        let req = self
            .run_request_hooks("into_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "into_post", method = "POST", path =
            "/op196/{into}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("into_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        IntoPost2Error,
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
